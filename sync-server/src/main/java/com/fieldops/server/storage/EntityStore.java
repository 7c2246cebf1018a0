package com.fieldops.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Entities as JSON documents with the columns scope needs. */
public final class EntityStore {
  private static final String COLUMNS =
      "entity_type, id, version, data, region, technician_id, status, number, customer_id, site_id, work_order_id";
  private final Dialect dialect;
  /** Work orders a technician still holds: not yet retired from their scope. */
  private static final String NOT_RETIRED =
      " AND NOT EXISTS (SELECT 1 FROM scope_retired r WHERE r.work_order_id = entity.id)";

  public EntityStore(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * Reads one entity. {@code forUpdate} locks the row on PostgreSQL until commit, so two pushes
   * changing the same work order apply one after the other (SQLite has one writer anyway).
   */
  public Optional<StoredEntity> find(Connection c, String type, UUID id, boolean forUpdate) throws SQLException {
    String lock = forUpdate && dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
    return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM entity WHERE entity_type = ? AND id = ?" + lock,
        EntityStore::map, type, id);
  }

  /** Every entity, of any type, with one of {@code ids}; locked on PostgreSQL when {@code forUpdate}. */
  public List<StoredEntity> findByIds(Connection c, Collection<UUID> ids, boolean forUpdate) throws SQLException {
    List<StoredEntity> out = new ArrayList<>();
    List<UUID> list = List.copyOf(ids);
    String lock = forUpdate && dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
    for (int from = 0; from < list.size(); from += 500) {
      List<UUID> part = list.subList(from, Math.min(list.size(), from + 500));
      String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      out.addAll(Jdbc.query(c, "SELECT " + COLUMNS + " FROM entity WHERE id IN (" + marks + ") ORDER BY id" + lock,
          EntityStore::map, part.toArray()));
    }
    return out;
  }

  public void upsertAll(Connection c, Collection<StoredEntity> entities, long nowMillis) throws SQLException {
    if (entities.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (" + COLUMNS + ", updated_at)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (entity_type, id) DO UPDATE SET"
        + " version = excluded.version, data = excluded.data, region = excluded.region,"
        + " technician_id = excluded.technician_id, status = excluded.status, number = excluded.number,"
        + " customer_id = excluded.customer_id, site_id = excluded.site_id, work_order_id = excluded.work_order_id,"
        + " updated_at = excluded.updated_at")) {
      for (StoredEntity e : entities) {
        EntityColumns k = e.columns();
        Jdbc.bind(ps, e.type(), e.id(), e.version(), e.data(), k.region(), k.technicianId(), k.status(), k.number(),
            k.customerId(), k.siteId(), k.workOrderId(), nowMillis);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Everything recorded against a work order (events, notes, time, parts used). */
  public List<StoredEntity> childrenOf(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM entity WHERE work_order_id = ? ORDER BY entity_type, id",
        EntityStore::map, workOrderId);
  }

  /**
   * Entities of {@code type} whose reference {@code field} holds {@code value}, in id order: the
   * query behind {@code EntityLookup.findAllBy} (only the pairs of {@code LookupFields}). A job's
   * records are found by their work_order_id column; a machine's jobs and history by an expression
   * index on the document (migration V130); checklist templates, a handful, by their type's key range.
   */
  public List<StoredEntity> findByReference(Connection c, String type, String field, String value)
      throws SQLException {
    com.fieldops.protocol.mutation.LookupFields.require(type, field);
    String where;
    if (field.equals("workOrderId")) {
      where = " WHERE entity_type = '" + type + "' AND work_order_id = ?";
    } else if (field.equals("equipmentId")) {
      // the partial index's condition must appear as a literal for the planner to use it
      String index = type.equals("WorkOrder") ? "entity_work_order_by_equipment" : "entity_equipment_event_by_equipment";
      where = (dialect == Dialect.SQLITE ? " INDEXED BY " + index : "") + " WHERE entity_type = '" + type + "' AND "
          + documentField(field) + " = ?";
    } else {
      where = " WHERE entity_type = '" + type + "' AND " + documentField(field) + " = ?";
    }
    List<StoredEntity> rows = Jdbc.query(c, "SELECT " + COLUMNS + " FROM entity" + where, EntityStore::map, value);
    List<StoredEntity> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing(StoredEntity::id));
    return sorted;
  }

  /** A top-level field of the JSON document, as the index expressions of V130 spell it. */
  private String documentField(String field) {
    return dialect == Dialect.POSTGRESQL ? "(data::json ->> '" + field + "')" : "json_extract(data, '$." + field + "')";
  }

  /** Technicians holding a (non-cancelled) work order with {@code column = value}. */
  public List<UUID> techniciansWithWorkOrders(Connection c, String column, UUID value) throws SQLException {
    requireReferenceColumn(column);
    return Jdbc.query(c, "SELECT DISTINCT technician_id FROM entity WHERE entity_type = 'WorkOrder' AND " + column
            + " = ? AND technician_id IS NOT NULL AND status <> 'CANCELLED'" + NOT_RETIRED,
        rs -> Jdbc.uuid(rs, "technician_id"), value);
  }

  /** Whether the technician holds a work order other than {@code except} with {@code column = value}. */
  public boolean technicianHasOtherWorkOrder(Connection c, UUID technicianId, String column, UUID value, UUID except)
      throws SQLException {
    requireReferenceColumn(column);
    return Jdbc.queryOne(c, "SELECT 1 FROM entity WHERE entity_type = 'WorkOrder' AND technician_id = ? AND " + column
        + " = ? AND id <> ? AND status <> 'CANCELLED'" + NOT_RETIRED + " LIMIT 1", rs -> 1, technicianId, value, except)
        .isPresent();
  }

  /**
   * The work orders a technician holds now (assigned to them, not retired from their scope), in id
   * order: where their working set starts (docs/decisions/0031).
   */
  public List<StoredEntity> workOrdersHeldBy(Connection c, UUID technicianId) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM entity WHERE entity_type = 'WorkOrder' AND technician_id = ?"
        + NOT_RETIRED + " ORDER BY id", EntityStore::map, technicianId);
  }

  public boolean isRetired(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT 1 FROM scope_retired WHERE work_order_id = ?", rs -> 1, workOrderId).isPresent();
  }

  /** Marks a job retired from its technician's scope; false if another transaction did it first. */
  public boolean retire(Connection c, UUID workOrderId, UUID technicianId, long nowMillis) throws SQLException {
    return Jdbc.update(c, "INSERT INTO scope_retired (work_order_id, technician_id, retired_at) VALUES (?,?,?)"
        + " ON CONFLICT (work_order_id) DO NOTHING", workOrderId, technicianId, nowMillis) == 1;
  }

  /** Finished jobs of a technician not changed since {@code beforeMillis} and not yet retired. */
  public List<UUID> finishedWorkOrdersToRetire(Connection c, long beforeMillis, int limit) throws SQLException {
    return Jdbc.query(c, "SELECT id FROM entity WHERE entity_type = 'WorkOrder' AND status IN ('CLOSED', 'CANCELLED')"
        + " AND technician_id IS NOT NULL AND updated_at < ?" + NOT_RETIRED + " ORDER BY id LIMIT ?",
        rs -> Jdbc.uuid(rs, "id"), beforeMillis, limit);
  }

  /**
   * Finished jobs of a technician written since {@code sinceMillis} and not yet retired, by id after
   * {@code afterId} (null: from the start): a job may have finished long before it was written here
   * (imported history, a close recorded on a phone offline); the sweeper reads when from its history.
   */
  public List<UUID> finishedWorkOrdersWrittenSince(Connection c, long sinceMillis, UUID afterId, int limit)
      throws SQLException {
    return Jdbc.query(c, "SELECT id FROM entity WHERE entity_type = 'WorkOrder' AND status IN ('CLOSED', 'CANCELLED')"
        + " AND technician_id IS NOT NULL AND updated_at >= ? AND id > ?" + NOT_RETIRED + " ORDER BY id LIMIT ?",
        rs -> Jdbc.uuid(rs, "id"), sinceMillis, afterId == null ? "" : afterId.toString(), limit);
  }

  public long count(Connection c, String type) throws SQLException {
    return Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = ?", type);
  }

  public List<StoredEntity> all(Connection c, String type) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM entity WHERE entity_type = ? ORDER BY id", EntityStore::map, type);
  }

  private static void requireReferenceColumn(String column) {
    if (!List.of("site_id", "customer_id").contains(column)) {
      throw new IllegalArgumentException(column);
    }
  }

  private static StoredEntity map(ResultSet rs) throws SQLException {
    EntityColumns k = new EntityColumns(rs.getString(5), Jdbc.uuid(rs, "technician_id"), rs.getString(7),
        rs.getString(8), Jdbc.uuid(rs, "customer_id"), Jdbc.uuid(rs, "site_id"), Jdbc.uuid(rs, "work_order_id"));
    return new StoredEntity(rs.getString(1), Jdbc.uuid(rs, "id"), rs.getLong(3), rs.getString(4), k);
  }

  static List<StoredEntity> copy(Collection<StoredEntity> c) {
    return new ArrayList<>(c);
  }
}
