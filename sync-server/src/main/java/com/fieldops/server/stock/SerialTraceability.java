package com.fieldops.server.stock;

import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.workorder.model.WorkOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which serial went into which machine on which job, both ways, from the stored ledger (the same
 * answers as the replica's {@code stock().serialHistory} and {@code serialsInstalledIn}), limited to
 * what the caller's region may see: a movement with an end (or destination) in the region, or on a
 * job of the region; an admin sees all.
 */
final class SerialTraceability {
  /** One movement of a serialized unit, with its part, job and the job's machine. */
  record Step(StockMovement movement, Part part, UUID workOrderId, UUID equipmentId) {}

  private final Dialect dialect;

  SerialTraceability(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Every movement of the serial visible to the caller, oldest first (empty: unknown or out of scope). */
  List<Step> history(Connection c, Actor caller, String serial) throws SQLException {
    List<Step> out = new ArrayList<>();
    for (StockMovement m : movementsWithSerial(c, serial.strip())) {
      Optional<WorkOrder> job = find(c, "WorkOrder", m.workOrderId(), WorkOrder.class);
      if (visible(c, caller, m, job)) {
        out.add(new Step(m, find(c, "Part", m.partId(), Part.class).orElse(null), m.workOrderId(),
            job.map(WorkOrder::equipmentId).orElse(null)));
      }
    }
    out.sort(Comparator.comparing((Step s) -> s.movement().occurredAt()).thenComparing(s -> s.movement().id()));
    return out;
  }

  /** The machine, if the caller's region may see it. */
  Optional<Equipment> equipment(Connection c, Actor caller, UUID equipmentId) throws SQLException {
    Optional<Equipment> e = find(c, "Equipment", equipmentId, Equipment.class);
    if (e.isEmpty() || caller.isAdmin()) {
      return e;
    }
    String region = find(c, "Site", e.get().siteId(), Site.class).map(Site::region).orElse(null);
    return caller.managesRegion(region) ? e : Optional.empty();
  }

  /** Serialized units used on the machine's jobs and not moved since, oldest first. */
  List<Step> installedIn(Connection c, UUID equipmentId) throws SQLException {
    List<Step> out = new ArrayList<>();
    List<String> jobs = Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = 'WorkOrder' AND "
        + field("equipmentId") + " = ?", rs -> rs.getString(1), equipmentId.toString());
    for (String json : jobs) {
      WorkOrder wo = parse(json, WorkOrder.class);
      List<String> used = Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = 'StockMovement'"
          + " AND work_order_id = ?", rs -> rs.getString(1), wo.id());
      for (String u : used) {
        StockMovement m = parse(u, StockMovement.class);
        if (m.kind() != StockMovementKind.CONSUMPTION || m.serialNumber() == null) {
          continue;
        }
        boolean movedSince = movementsWithSerial(c, m.serialNumber()).stream()
            .anyMatch(x -> x.partId().equals(m.partId()) && x.occurredAt().isAfter(m.occurredAt()));
        if (!movedSince) {
          out.add(new Step(m, find(c, "Part", m.partId(), Part.class).orElse(null), wo.id(), equipmentId));
        }
      }
    }
    out.sort(Comparator.comparing((Step s) -> s.movement().occurredAt()));
    return out;
  }

  private boolean visible(Connection c, Actor caller, StockMovement m, Optional<WorkOrder> job) throws SQLException {
    if (caller.isAdmin()) {
      return true;
    }
    if (job.isPresent() && caller.managesRegion(job.get().region())) {
      return true;
    }
    for (UUID end : new UUID[] {m.fromLocationId(), m.toLocationId(), m.destinationId()}) {
      if (end != null && find(c, "StockLocation", end, StockLocation.class)
          .map(l -> caller.managesRegion(l.region())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private List<StockMovement> movementsWithSerial(Connection c, String serial) throws SQLException {
    List<StockMovement> out = new ArrayList<>();
    for (String json : Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = 'StockMovement' AND "
        + field("serialNumber") + " = ?", rs -> rs.getString(1), serial)) {
      out.add(parse(json, StockMovement.class));
    }
    return out;
  }

  private static <T> Optional<T> find(Connection c, String type, UUID id, Class<T> cls) throws SQLException {
    if (id == null) {
      return Optional.empty();
    }
    Optional<String> json = Jdbc.queryOne(c, "SELECT data FROM entity WHERE entity_type = ? AND id = ?",
        rs -> rs.getString(1), type, id);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(parse(json.get(), cls));
  }

  private static <T> T parse(String json, Class<T> cls) throws SQLException {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new SQLException("a stored " + cls.getSimpleName() + " is unreadable", e);
    }
  }

  private String field(String name) {
    return dialect == Dialect.POSTGRESQL ? "(data::json ->> '" + name + "')" : "json_extract(data, '$." + name + "')";
  }
}
