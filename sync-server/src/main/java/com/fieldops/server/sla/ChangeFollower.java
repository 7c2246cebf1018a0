package com.fieldops.server.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Follows the change log so clocks are recomputed when anything they depend on changes, without a
 * hook in the push path: a work order or one of its history events changed, so its clock is due for
 * recomputation now; a policy changed (e.g. its calendar), so every open clock under it is; a new
 * work order gets its clock row and its policy. Policies and the default policy are also copied to
 * every client's audience (technicians need them for offline countdowns; the push path publishes
 * them to the offices only).
 *
 * <p>Reads a bounded window of the log per call, so a big import is followed in slices.
 */
final class ChangeFollower {
  private static final String TYPES = "'WorkOrder','WorkOrderEvent','SlaPolicy','DefaultSlaPolicy','ServiceContract'";

  private final StoredRecords records;
  private final PolicyDirectory policies;
  private final SlaClockStore clocks;
  private final ChangeLog changeLog = new ChangeLog();

  ChangeFollower(StoredRecords records, PolicyDirectory policies, SlaClockStore clocks) {
    this.records = records;
    this.policies = policies;
    this.clocks = clocks;
  }

  private record Row(long seq, String type, UUID id, long version, String op, String data, boolean everyone) {}

  /** What one call did: rows read up to {@code cursor}, work orders touched, log number written. */
  record Progress(long cursor, int workOrders, int policies, long lastSeq, boolean caughtUp) {}

  Progress catchUp(Connection c, Instant now, int window, HistoryWriter writer) throws SQLException {
    long cursor = clocks.followerCursor(c);
    long last = changeLog.lastSeq(c);
    if (last <= cursor) {
      return new Progress(cursor, 0, 0, -1, true);
    }
    long upTo = Math.min(last, cursor + window);
    // history rows do not copy their document (a superseded one reads as none: its later row follows)
    List<Row> rows = Jdbc.query(c, "SELECT t.seq, t.entity_type, t.entity_id, t.version, t.op, "
        + ChangeLog.documentOf("t") + ", t.everyone"
        + " FROM change_log t WHERE t.seq > ? AND t.seq <= ? AND t.entity_type IN (" + TYPES + ") ORDER BY t.seq",
        rs -> new Row(rs.getLong(1), rs.getString(2), UUID.fromString(rs.getString(3)), rs.getLong(4),
            rs.getString(5), rs.getString(6), rs.getBoolean(7)), cursor, upTo);
    Set<UUID> workOrders = new LinkedHashSet<>();
    Set<UUID> changedPolicies = new LinkedHashSet<>();
    for (Row r : rows) {
      if (!"UPSERT".equals(r.op()) || r.data() == null) {
        continue;
      }
      switch (r.type()) {
        case "WorkOrder" -> workOrders.add(r.id());
        case "WorkOrderEvent" -> {
          JsonNode e = tree(r.data());
          String kind = e.path("kind").asText("");
          if (!kind.startsWith("ESCALATION_")) {
            workOrders.add(UUID.fromString(e.path("workOrderId").asText()));
          }
        }
        case "SlaPolicy" -> {
          changedPolicies.add(r.id());
          if (!r.everyone()) {
            writer.republish(r.type(), r.id(), r.version(), r.data(), Audience.forEveryone());
          }
        }
        case "DefaultSlaPolicy" -> {
          if (!r.everyone()) {
            writer.republish(r.type(), r.id(), r.version(), r.data(), Audience.forEveryone());
          }
        }
        default -> { }
      }
    }
    policies.refresh(c);
    for (UUID policyId : changedPolicies) {
      clocks.touchPolicy(c, policyId, now);
    }
    List<UUID> created = new ArrayList<>();
    for (UUID id : workOrders) {
      if (clocks.exists(c, id)) {
        clocks.touch(c, id, null, now);
      } else {
        created.add(id);
      }
    }
    for (UUID id : created) {
      Optional<WorkOrder> wo = records.value(c, "WorkOrder", WorkOrder.class, id);
      if (wo.isPresent()) {
        clocks.touch(c, id, policies.choose(c, wo.get()).orElse(null), now);
      }
    }
    clocks.moveFollower(c, upTo);
    long lastSeq = writer.isEmpty() ? -1 : writer.flush(c, now.toEpochMilli());
    return new Progress(upTo, workOrders.size(), changedPolicies.size(), lastSeq, upTo >= last);
  }

  private static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new StorageException("unreadable change-log data", e);
    }
  }
}
