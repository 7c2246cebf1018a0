package com.fieldops.replica.query;

import com.fieldops.workorder.model.WorkOrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.replica.EntityTypes;
import com.fieldops.replica.ReplicaQueries;
import com.fieldops.replica.ReplicaUser;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.view.CompletedWorkOrder;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ReplicaQueries} over the local view; each method reads one snapshot. */
public final class LocalQueries implements ReplicaQueries {
  private static final Logger LOG = LoggerFactory.getLogger(LocalQueries.class);
  /** Open work orders in SQL, from the one rule ({@link WorkOrderStatus#isOpen}). */
  private static final String OPEN = "json_extract(w.data, '$.status') NOT IN ("
      + WorkOrderStatus.finished().stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "))
      + ")";
  private static final String ROW_SELECT = """
      SELECT w.id, w.version, w.pending, w.sla_due,
             json_extract(w.data, '$.number'), json_extract(w.data, '$.type'), json_extract(w.data, '$.priority'),
             json_extract(w.data, '$.status'), json_extract(w.data, '$.problem'), json_extract(w.data, '$.customerId'),
             json_extract(w.data, '$.siteId'), json_extract(w.data, '$.assigneeId'), json_extract(w.data, '$.region'),
             json_extract(w.data, '$.requiredSkill'), json_extract(w.data, '$.scheduledStart'),
             json_extract(w.data, '$.scheduledEnd'), json_extract(w.data, '$.createdAt'),
             json_extract(c.data, '$.name'), json_extract(s.data, '$.name'), json_extract(s.data, '$.address.city'),
             json_extract(s.data, '$.timeZone'), json_extract(t.data, '$.name'), w.sla
        FROM view_doc w
        LEFT JOIN view_doc c ON c.type = 'Customer' AND c.id = json_extract(w.data, '$.customerId')
        LEFT JOIN view_doc s ON s.type = 'Site' AND s.id = json_extract(w.data, '$.siteId')
        LEFT JOIN view_doc t ON t.type = 'Technician' AND t.id = json_extract(w.data, '$.assigneeId')
      """;

  private final LocalStore store;

  public LocalQueries(LocalStore store) {
    this.store = store;
  }

  @Override
  public List<WorkOrderRow> openWorkOrders() {
    return openWorkOrders(Integer.MAX_VALUE);
  }

  @Override
  public List<WorkOrderRow> openWorkOrders(int limit) {
    // one range scan of the partial index on due_order: set only for open work orders, due ones first
    return store.query(c -> rows(c, ROW_SELECT + " WHERE w.due_order IS NOT NULL ORDER BY w.due_order LIMIT ?", limit));
  }

  @Override
  public List<WorkOrderRow> findWorkOrders(String text, int limit) {
    String needle = needle(text);
    if (needle.isEmpty()) {
      return List.of();
    }
    String like = "%" + needle + "%";
    return store.query(c -> rows(c, ROW_SELECT + """
         WHERE w.type = 'WorkOrder'
           AND (lower(json_extract(w.data, '$.number')) LIKE ? OR lower(json_extract(w.data, '$.problem')) LIKE ?
                OR lower(json_extract(c.data, '$.name')) LIKE ? OR lower(json_extract(s.data, '$.name')) LIKE ?)
         ORDER BY json_extract(w.data, '$.createdAt') DESC, w.id LIMIT ?""", like, like, like, like, limit));
  }

  @Override
  public Optional<WorkOrderDetail> workOrder(UUID id) {
    return store.query(c -> {
      Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, id, WorkOrder.class);
      if (wo.isEmpty()) {
        return Optional.empty();
      }
      WorkOrder w = wo.get();
      Set<UUID> pending = new HashSet<>();
      WorkOrderRow row = rows(c, ROW_SELECT + " WHERE w.type = 'WorkOrder' AND w.id = ? LIMIT ?", id.toString(), 1).get(0);
      row = row.withSla(store.slaSummary(c, w).orElse(null));
      if (row.pending()) {
        pending.add(id);
      }
      List<WorkOrderEvent> history = children(c, EntityTypes.WORK_ORDER_EVENT, "workOrderId", id, WorkOrderEvent.class, pending);
      history.sort(Comparator.comparing(WorkOrderEvent::occurredAt).thenComparing(WorkOrderEvent::id));
      List<Note> notes = children(c, EntityTypes.NOTE, "workOrderId", id, Note.class, pending);
      notes.sort(Comparator.comparing(Note::createdAt).thenComparing(Note::id));
      List<TimeEntry> time = children(c, EntityTypes.TIME_ENTRY, "workOrderId", id, TimeEntry.class, pending);
      time.sort(Comparator.comparing(TimeEntry::start).thenComparing(TimeEntry::id));
      List<PartUsage> parts = children(c, EntityTypes.PART_USAGE, "workOrderId", id, PartUsage.class, pending);
      parts.sort(Comparator.comparing(PartUsage::usedAt).thenComparing(PartUsage::id));
      List<Attachment> attachments = children(c, EntityTypes.ATTACHMENT, "workOrderId", id, Attachment.class, pending);
      attachments.sort(Comparator.comparing(Attachment::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Attachment::id));
      Map<UUID, Part> catalogue = new HashMap<>();
      for (PartUsage u : parts) {
        if (!catalogue.containsKey(u.partId())) {
          doc(c, EntityTypes.PART, u.partId(), Part.class).ifPresent(p -> catalogue.put(p.id(), p));
        }
      }
      return Optional.of(new WorkOrderDetail(w, row,
          doc(c, EntityTypes.CUSTOMER, w.customerId(), Customer.class).orElse(null),
          doc(c, EntityTypes.SITE, w.siteId(), Site.class).orElse(null),
          doc(c, EntityTypes.CONTACT, w.contactId(), Contact.class).orElse(null),
          doc(c, EntityTypes.EQUIPMENT, w.equipmentId(), Equipment.class).orElse(null),
          history, notes, time, parts, attachments, Map.copyOf(catalogue), Set.copyOf(pending)));
    });
  }

  @Override
  public List<CompletedWorkOrder> recentlyCompleted(Instant since, int limit) {
    return store.query(c -> {
      // one range scan of the partial index on completion events (view_completions)
      List<String[]> done = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT json_extract(data, '$.workOrderId'), max(json_extract(data, '$.occurredAt')) FROM view_doc
           WHERE type = 'WorkOrderEvent' AND json_extract(data, '$.to') = 'COMPLETED'
             AND json_extract(data, '$.occurredAt') >= ?
           GROUP BY 1 ORDER BY 2 DESC LIMIT ?""")) {
        ps.setString(1, since.toString());
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            done.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      List<CompletedWorkOrder> out = new ArrayList<>();
      for (String[] d : done) {
        UUID id = UUID.fromString(d[0]);
        Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, id, WorkOrder.class);
        if (wo.isEmpty() || (wo.get().status() != com.fieldops.workorder.model.WorkOrderStatus.COMPLETED
            && wo.get().status() != com.fieldops.workorder.model.WorkOrderStatus.CLOSED)) {
          continue;
        }
        List<WorkOrderEvent> history = children(c, EntityTypes.WORK_ORDER_EVENT, "workOrderId", id, WorkOrderEvent.class,
            new HashSet<>());
        int visits = (int) history.stream().filter(e -> e instanceof WorkOrderEvent.StatusChanged s
            && s.to() == com.fieldops.workorder.model.WorkOrderStatus.ON_SITE).count();
        WorkOrderRow row = rows(c, ROW_SELECT + " WHERE w.type = 'WorkOrder' AND w.id = ? LIMIT ?", id.toString(), 1).get(0)
            .withSla(store.slaSummary(c, wo.get()).orElse(null));
        Instant completedAt = Instant.parse(d[1]);
        out.add(new CompletedWorkOrder(row, completedAt,
            java.time.Duration.between(wo.get().createdAt(), completedAt), visits));
      }
      return out;
    });
  }

  /** What a person typed into a search, as a LIKE operand's core: trimmed, lower case, no wildcards. */
  private static String needle(String typed) {
    return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
  }

  /** Fewer digits than this in a search are not taken for a phone number. */
  static final int MIN_PHONE_DIGITS = 4;
  /** A document's phone as digits only (SQLite has no regex): spaces, dashes, dots, brackets and + removed. */
  private static final String PHONE_DIGITS = "replace(replace(replace(replace(replace(replace("
      + "coalesce(json_extract(data, '$.phone'), ''), ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', '')";

  @Override
  public List<CustomerRow> customers(String search) {
    String needle = needle(search);
    String like = "%" + needle + "%";
    // a phone number is matched on its digits whatever the spacing: "0170 555 9267" finds "+49 170 5559267"
    String digits = needle.replaceAll("[^0-9]", "");
    String digitsLike = digits.length() >= MIN_PHONE_DIGITS ? "%" + digits.replaceFirst("^0+", "") + "%" : null;
    return store.query(c -> {
      Map<String, Integer> open = countOpenBy(c, "customerId");
      List<CustomerRow> out = new ArrayList<>();
      // a caller names the customer, its account, one of its sites (name, street, city), a contact (name,
      // phone) or a machine's serial, or calls from the customer's or a contact's phone
      try (PreparedStatement ps = c.prepareStatement("""
          WITH hit(id) AS (
            SELECT id FROM view_doc WHERE type = 'Customer'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR lower(json_extract(data, '$.accountNumber')) LIKE ?1
                    OR %1$s LIKE ?3)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Site'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR lower(json_extract(data, '$.address.street')) LIKE ?1
                    OR lower(json_extract(data, '$.address.city')) LIKE ?1)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Contact'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR %1$s LIKE ?3)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Equipment'
               AND lower(json_extract(data, '$.serialNumber')) LIKE ?1)
          SELECT id, pending, json_extract(data, '$.name'), json_extract(data, '$.accountNumber'),
                 json_extract(data, '$.billingAddress.city')
            FROM view_doc WHERE type = 'Customer' AND (?2 = '' OR id IN (SELECT id FROM hit))
           ORDER BY json_extract(data, '$.name') COLLATE NOCASE""".formatted(PHONE_DIGITS))) {
        ps.setString(1, like);
        ps.setString(2, needle);
        ps.setString(3, digitsLike);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            out.add(new CustomerRow(UUID.fromString(id), rs.getString(3), rs.getString(4), rs.getString(5),
                open.getOrDefault(id, 0), rs.getInt(2) != 0));
          }
        }
      }
      return out;
    });
  }

  @Override
  public Optional<Customer360> customer(UUID id) {
    return store.query(c -> {
      Optional<Customer> customer = doc(c, EntityTypes.CUSTOMER, id, Customer.class);
      if (customer.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      if (isPending(c, EntityTypes.CUSTOMER, id)) {
        pending.add(id);
      }
      List<Site> sites = children(c, EntityTypes.SITE, "customerId", id, Site.class, pending);
      sites.sort(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER));
      List<Contact> contacts = children(c, EntityTypes.CONTACT, "customerId", id, Contact.class, pending);
      contacts.sort(Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER));
      List<ServiceContract> contracts = children(c, EntityTypes.SERVICE_CONTRACT, "customerId", id, ServiceContract.class, pending);
      contracts.sort(Comparator.comparing(ServiceContract::validFrom));
      List<EquipmentView> equipment = new ArrayList<>();
      for (Equipment e : children(c, EntityTypes.EQUIPMENT, "customerId", id, Equipment.class, pending)) {
        List<EquipmentEvent> history = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", e.id(), EquipmentEvent.class, pending);
        history.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
        equipment.add(new EquipmentView(e, history, pending.contains(e.id())));
      }
      equipment.sort(Comparator.comparing((EquipmentView v) -> v.equipment().serialNumber()));
      List<WorkOrderRow> all = rows(c, ROW_SELECT + " WHERE w.type = 'WorkOrder' AND json_extract(w.data, '$.customerId') = ? LIMIT ?",
          id.toString(), Integer.MAX_VALUE);
      List<WorkOrderRow> open = new ArrayList<>();
      List<WorkOrderRow> past = new ArrayList<>();
      for (WorkOrderRow r : all) {
        (r.status() != null && r.status().isOpen() ? open : past).add(r);
        if (r.pending()) {
          pending.add(r.id());
        }
      }
      open.sort(BY_DUE);
      past.sort(Comparator.comparing(WorkOrderRow::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
      Map<UUID, String> policyNames = new HashMap<>();
      for (ServiceContract k : contracts) {
        doc(c, EntityTypes.SLA_POLICY, k.slaPolicyId(), com.fieldops.sla.SlaPolicy.class)
            .ifPresent(p -> policyNames.put(p.id(), p.name()));
      }
      return Optional.of(new Customer360(customer.get(), sites, contacts, equipment, contracts, Map.copyOf(policyNames),
          open, past, Set.copyOf(pending)));
    });
  }

  @Override
  public List<TechnicianRow> technicians() {
    return store.query(c -> {
      Map<String, Integer> open = countOpenBy(c, "assigneeId");
      List<TechnicianRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, pending, data FROM view_doc WHERE type = 'Technician'")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Technician t = read(rs.getString(3), Technician.class);
            out.add(new TechnicianRow(t, open.getOrDefault(rs.getString(1), 0), rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(TechnicianRow::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    });
  }

  @Override
  public TechnicianDay technicianDay(UUID technicianId, LocalDate day) {
    return store.query(c -> {
      Technician t = doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class).orElse(null);
      ZoneId zone = t == null || t.timeZone() == null ? ZoneOffset.UTC : t.timeZone();
      Instant from = day.atStartOfDay(zone).toInstant();
      Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
      List<WorkOrderRow> mine = rows(c, ROW_SELECT + " WHERE w.type = 'WorkOrder' AND json_extract(w.data, '$.assigneeId') = ? LIMIT ?",
          technicianId.toString(), Integer.MAX_VALUE);
      List<WorkOrderRow> scheduled = new ArrayList<>();
      List<WorkOrderRow> unscheduled = new ArrayList<>();
      for (WorkOrderRow r : mine) {
        if (r.scheduledStart() != null) {
          Instant end = r.scheduledEnd() == null ? r.scheduledStart() : r.scheduledEnd();
          if (r.scheduledStart().isBefore(to) && !end.isBefore(from)) {
            scheduled.add(r);
          }
        } else if (r.status() != null && r.status().isOpen()) {
          unscheduled.add(r);
        }
      }
      scheduled.sort(Comparator.comparing(WorkOrderRow::scheduledStart));
      unscheduled.sort(BY_DUE);
      return new TechnicianDay(t, day, zone, scheduled, unscheduled);
    });
  }

  @Override
  public List<VanStockLine> vanStock(UUID technicianId) {
    return store.query(c -> {
      Optional<Technician> t = doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class);
      if (t.isEmpty() || t.get().vanStockLocationId() == null) {
        return List.of();
      }
      List<VanStockLine> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT l.data, l.pending, p.data FROM view_doc l
            LEFT JOIN view_doc p ON p.type = 'Part' AND p.id = json_extract(l.data, '$.partId')
           WHERE l.type = 'StockLevel' AND json_extract(l.data, '$.locationId') = ?""")) {
        ps.setString(1, t.get().vanStockLocationId().toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String part = rs.getString(3);
            out.add(new VanStockLine(part == null ? null : read(part, Part.class), read(rs.getString(1), StockLevel.class),
                rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(VanStockLine::sku, Comparator.nullsLast(Comparator.naturalOrder())));
      return out;
    });
  }

  @Override
  public Optional<ReplicaUser> user() {
    return store.setting(StoreKeys.USER).map(json -> read(json, ReplicaUser.class));
  }

  static final Comparator<WorkOrderRow> BY_DUE = Comparator
      .comparing(WorkOrderRow::slaDue, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(WorkOrderRow::createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

  private static List<WorkOrderRow> rows(Connection c, String sql, Object... params) throws SQLException {
    List<WorkOrderRow> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
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

  private static WorkOrderRow row(ResultSet rs) throws SQLException {
    UUID id = UUID.fromString(rs.getString(1));
    String number = rs.getString(5);
    String zone = rs.getString(21);
    return new WorkOrderRow(id,
        number != null ? number : provisionalLabel(id),
        number == null,
        enumOf(com.fieldops.workorder.model.WorkOrderType.class, rs.getString(6)),
        enumOf(com.fieldops.workorder.model.Priority.class, rs.getString(7)),
        enumOf(com.fieldops.workorder.model.WorkOrderStatus.class, rs.getString(8)),
        summary(rs.getString(9)),
        uuid(rs.getString(10)), rs.getString(18),
        uuid(rs.getString(11)), rs.getString(19), rs.getString(20),
        zone == null ? ZoneOffset.UTC : ZoneId.of(zone),
        uuid(rs.getString(12)), rs.getString(22),
        rs.getString(13), rs.getString(14),
        instant(rs.getString(15)), instant(rs.getString(16)), instant(rs.getString(4)), instant(rs.getString(17)),
        rs.getLong(2), rs.getInt(3) != 0, sla(rs.getString(23)));
  }

  private static com.fieldops.replica.view.SlaSummary sla(String json) {
    return com.fieldops.replica.store.SlaColumn.decode(json);
  }

  /** Same label as {@link WorkOrder#provisionalLabel()}, without building the whole record per row. */
  static String provisionalLabel(UUID id) {
    String hex = id.toString().replace("-", "");
    return "#" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
  }

  static String summary(String problem) {
    if (problem == null) {
      return "";
    }
    String first = problem.strip().lines().findFirst().orElse("");
    return first.length() <= 120 ? first : first.substring(0, 119) + "…";
  }

  private static Map<String, Integer> countOpenBy(Connection c, String field) throws SQLException {
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

  private static boolean isPending(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pending FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) != 0;
      }
    }
  }

  private static <T> Optional<T> doc(Connection c, String type, UUID id, Class<T> cls) throws SQLException {
    if (id == null) {
      return Optional.empty();
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(readOrNull(rs.getString(1), cls)) : Optional.empty();
      }
    }
  }

  private static <T> List<T> children(Connection c, String type, String field, UUID parent, Class<T> cls, Set<UUID> pending)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, data, pending FROM view_doc" + com.fieldops.replica.store.Docs.indexedBy(field)
            + " WHERE type = ? AND json_extract(data, '$." + field + "') = ?")) {
      ps.setString(1, type);
      ps.setString(2, parent.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T value = readOrNull(rs.getString(2), cls);
          if (value != null) {
            out.add(value);
            if (rs.getInt(3) != 0) {
              pending.add(UUID.fromString(rs.getString(1)));
            }
          }
        }
      }
    }
    return out;
  }

  static <T> T read(String json, Class<T> cls) {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + cls.getSimpleName() + " in the replica", e);
    }
  }

  /** A document this app version cannot read (e.g. a newer server's kind) is skipped, not fatal for the screen. */
  private static <T> T readOrNull(String json, Class<T> cls) {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (JsonProcessingException e) {
      LOG.warn("Skipping a {} this version cannot read: {}", cls.getSimpleName(), e.getOriginalMessage());
      return null;
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static UUID uuid(String s) {
    return s == null ? null : UUID.fromString(s);
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> cls, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(cls, name);
    } catch (IllegalArgumentException e) {
      return null; // a newer server's value: show blank rather than fail the list
    }
  }
}
