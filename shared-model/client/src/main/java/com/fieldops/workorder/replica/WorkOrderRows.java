package com.fieldops.workorder.replica;

import static com.fieldops.replica.store.ViewReads.enumOf;
import static com.fieldops.replica.store.ViewReads.instant;
import static com.fieldops.replica.store.ViewReads.uuid;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.Labels;
import com.fieldops.replica.store.SlaColumn;
import com.fieldops.replica.view.WorkOrderRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work-order list row, flattened from the local view with its customer, site and assignee
 * names: shared by the work-order lists, a customer's 360° view and a technician's day.
 */
public final class WorkOrderRows {
  /** Open work orders in SQL, from the one rule ({@link WorkOrderStatus#isOpen}). */
  private static final String OPEN = "json_extract(w.data, '$.status') NOT IN ("
      + WorkOrderStatus.finished().stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "))
      + ")";
  /** Append a WHERE clause and {@code LIMIT ?} (the last parameter). */
  public static final String SELECT = """
      SELECT w.id, w.version, w.pending, w.sla_due,
             json_extract(w.data, '$.number'), json_extract(w.data, '$.type'), json_extract(w.data, '$.priority'),
             json_extract(w.data, '$.status'), json_extract(w.data, '$.problem'), json_extract(w.data, '$.customerId'),
             json_extract(w.data, '$.siteId'), json_extract(w.data, '$.assigneeId'), json_extract(w.data, '$.region'),
             json_extract(w.data, '$.requiredSkill'), json_extract(w.data, '$.scheduledStart'),
             json_extract(w.data, '$.scheduledEnd'), json_extract(w.data, '$.createdAt'),
             json_extract(c.data, '$.name'), json_extract(s.data, '$.name'), json_extract(s.data, '$.address.city'),
             json_extract(s.data, '$.timeZone'), json_extract(t.data, '$.name'), w.sla,
             json_extract(w.data, '$.requiredSkillLevel')
        FROM view_doc w
        LEFT JOIN view_doc c ON c.type = 'Customer' AND c.id = json_extract(w.data, '$.customerId')
        LEFT JOIN view_doc s ON s.type = 'Site' AND s.id = json_extract(w.data, '$.siteId')
        LEFT JOIN view_doc t ON t.type = 'Technician' AND t.id = json_extract(w.data, '$.assigneeId')
      """;

  /** Most urgent SLA due first, no due last; then oldest first. */
  public static final Comparator<WorkOrderRow> BY_DUE = Comparator
      .comparing(WorkOrderRow::slaDue, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(WorkOrderRow::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

  private WorkOrderRows() {}

  /** The rows of {@link #SELECT} + {@code where} (which ends with {@code LIMIT ?}). */
  public static List<WorkOrderRow> rows(Connection c, String where, Object... params) throws SQLException {
    List<WorkOrderRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return out;
  }

  /** Every work order (open or not) whose {@code field} names {@code id}, e.g. a customer's or an assignee's. */
  public static List<WorkOrderRow> byField(Connection c, String field, UUID id) throws SQLException {
    return rows(c, " WHERE w.type = 'WorkOrder' AND json_extract(w.data, '$." + field + "') = ? LIMIT ?", id.toString(),
        Integer.MAX_VALUE);
  }

  /** Open work orders per value of {@code field} (e.g. per customer, per assignee). */
  public static Map<String, Integer> countOpenBy(Connection c, String field) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT json_extract(w.data, '$." + field + "'), count(*) FROM view_doc w "
        + "WHERE w.type = 'WorkOrder' AND " + OPEN + " GROUP BY 1")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            counts.put(rs.getString(1), rs.getInt(2));
          }
        }
      }
    }
    return counts;
  }

  private static WorkOrderRow row(ResultSet rs) throws SQLException {
    UUID id = UUID.fromString(rs.getString(1));
    String number = rs.getString(5);
    String zone = rs.getString(21);
    return new WorkOrderRow(id,
        number != null ? number : Labels.provisional(id),
        number == null,
        enumOf(WorkOrderType.class, rs.getString(6)),
        enumOf(Priority.class, rs.getString(7)),
        enumOf(WorkOrderStatus.class, rs.getString(8)),
        summary(rs.getString(9)),
        uuid(rs.getString(10)), rs.getString(18),
        uuid(rs.getString(11)), rs.getString(19), rs.getString(20),
        zone == null ? ZoneOffset.UTC : ZoneId.of(zone),
        uuid(rs.getString(12)), rs.getString(22),
        rs.getString(13), rs.getString(14),
        instant(rs.getString(15)), instant(rs.getString(16)), instant(rs.getString(4)), instant(rs.getString(17)),
        rs.getLong(2), rs.getInt(3) != 0, SlaColumn.decode(rs.getString(23)),
        rs.getObject(24) == null ? null : rs.getInt(24));
  }

  /** The first line of the problem, at most 120 characters: what fits a list row. */
  static String summary(String problem) {
    if (problem == null) {
      return "";
    }
    String first = problem.strip().lines().findFirst().orElse("");
    return first.length() <= 120 ? first : first.substring(0, 119) + "…";
  }
}
