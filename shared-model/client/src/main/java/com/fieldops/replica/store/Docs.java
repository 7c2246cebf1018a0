package com.fieldops.replica.store;

import com.fieldops.workorder.model.WorkOrderStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL on the local view ({@code view_doc}) and the server shadows ({@code server_shadow}). */
public final class Docs {
  private Docs() {}

  static Optional<EntityDoc> find(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT version, data, pending FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new EntityDoc(type, id, rs.getLong(1), parse(rs.getString(2)), rs.getInt(3) != 0))
            : Optional.empty();
      }
    }
  }

  /** Expression indexes of view_doc by field (migration V2); see {@link #indexedBy}. */
  private static final java.util.Map<String, String> INDEX_BY_FIELD = java.util.Map.of(
      "workOrderId", "view_by_work_order", "customerId", "view_by_customer", "equipmentId", "view_by_equipment",
      "locationId", "view_by_location");

  /**
   * "INDEXED BY ..." for a field with an expression index, else "". Without statistics SQLite may
   * prefer the primary key's {@code type} prefix and scan every document of the type (every event
   * of every work order, per work order); naming the index keeps a lookup a lookup.
   */
  public static String indexedBy(String field) {
    String index = INDEX_BY_FIELD.get(field);
    return index == null ? "" : " INDEXED BY " + index;
  }

  static List<EntityDoc> findBy(Connection c, String type, String field, String value) throws SQLException {
    requireSimpleField(field);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, version, data, pending FROM view_doc" + indexedBy(field) + " WHERE type = ? AND json_extract(data, '$."
            + field + "') = ?")) {
      ps.setString(1, type);
      ps.setString(2, value);
      return list(ps, type);
    }
  }

  static List<EntityDoc> all(Connection c, String type) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id, version, data, pending FROM view_doc WHERE type = ?")) {
      ps.setString(1, type);
      return list(ps, type);
    }
  }

  static List<EntityDoc> list(PreparedStatement ps, String type) throws SQLException {
    List<EntityDoc> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new EntityDoc(type, UUID.fromString(rs.getString(1)), rs.getLong(2), parse(rs.getString(3)), rs.getInt(4) != 0));
      }
    }
    return out;
  }

  static void requireSimpleField(String field) {
    if (!field.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("not a field name: " + field);
    }
  }

  static void upsertView(Connection c, String type, UUID id, long version, JsonNode data, boolean pending,
      DocIndexer indexer) throws SQLException {
    try (ViewWriter w = new ViewWriter(c, indexer)) {
      w.upsert(type, id, version, data, pending);
    }
  }

  /** Writes view documents with prepared statements kept for a whole page of changes. */
  static final class ViewWriter implements AutoCloseable {
    // sla is recomputed for open work orders after the write (SlaIndex), in the same transaction
    private static final String UPSERT_SQL =
        "INSERT INTO view_doc (type, id, version, data, pending, sla_due, due_order, sla) VALUES (?, ?, ?, ?, ?, ?, ?, NULL) "
            + "ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, data = excluded.data, "
            + "pending = excluded.pending, sla_due = excluded.sla_due, due_order = excluded.due_order, sla = NULL";
    private final PreparedStatement upsert;
    private final PreparedStatement delete;
    private final PreparedStatement upsertIfNotOlder;
    private final PreparedStatement deleteIfNotNewer;
    private final DocIndexer indexer;

    ViewWriter(Connection c, DocIndexer indexer) throws SQLException {
      this.indexer = indexer;
      this.upsert = c.prepareStatement(UPSERT_SQL);
      this.delete = c.prepareStatement("DELETE FROM view_doc WHERE type = ? AND id = ?");
      this.upsertIfNotOlder = c.prepareStatement(UPSERT_SQL + " WHERE excluded.version >= view_doc.version");
      this.deleteIfNotNewer = c.prepareStatement("DELETE FROM view_doc WHERE type = ? AND id = ? AND version <= ?");
    }

    void upsert(String type, UUID id, long version, JsonNode data, boolean pending) throws SQLException {
      bindUpsert(upsert, type, id, version, data, pending, indexer.slaDue(type, data)).executeUpdate();
    }

    private static PreparedStatement bindUpsert(PreparedStatement ps, String type, UUID id, long version,
        JsonNode data, boolean pending, java.time.Instant due) throws SQLException {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      ps.setLong(3, version);
      ps.setString(4, write(data));
      ps.setInt(5, pending ? 1 : 0);
      ps.setString(6, due == null ? null : due.toString());
      ps.setString(7, dueOrder(type, data, due));
      return ps;
    }

    /** A pulled document, unless the view holds a newer version; whether it was written. */
    boolean upsertIfNotOlder(String type, UUID id, long version, JsonNode data) throws SQLException {
      java.time.Instant due = indexer.slaDue(type, data);
      return bindUpsert(upsertIfNotOlder, type, id, version, data, false, due).executeUpdate() > 0;
    }

    /** A pulled removal, unless the view holds a newer version; whether anything was deleted. */
    boolean deleteIfNotNewer(String type, UUID id, long version) throws SQLException {
      deleteIfNotNewer.setString(1, type);
      deleteIfNotNewer.setString(2, id.toString());
      deleteIfNotNewer.setLong(3, version);
      return deleteIfNotNewer.executeUpdate() > 0;
    }

    void delete(String type, UUID id) throws SQLException {
      delete.setString(1, type);
      delete.setString(2, id.toString());
      delete.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      upsert.close();
      delete.close();
      upsertIfNotOlder.close();
      deleteIfNotNewer.close();
    }
  }

  /** The sort key of an open work order: due first (by due), then those without a running clock (by creation). */
  static String dueOrder(String type, JsonNode data, java.time.Instant due) {
    if (!"WorkOrder".equals(type) || data == null || WorkOrderStatus.isFinished(data.path("status").asText())) {
      return null;
    }
    if (due != null) {
      return String.format(java.util.Locale.ROOT, "0%020d", due.toEpochMilli());
    }
    JsonNode created = data.get("createdAt");
    long millis = 0;
    if (created != null && created.isTextual()) {
      try {
        millis = java.time.Instant.parse(created.asText()).toEpochMilli();
      } catch (java.time.format.DateTimeParseException ignored) {
        millis = 0; // unreadable: first among the undated
      }
    }
    return String.format(java.util.Locale.ROOT, "1%020d", millis);
  }

  /** Recomputes the sort keys of every work order (after a schema upgrade added them). */
  static int reindexWorkOrders(Connection c, DocIndexer indexer) throws SQLException {
    int n = 0;
    try (PreparedStatement sel = c.prepareStatement("SELECT id, data FROM view_doc WHERE type = 'WorkOrder'");
         PreparedStatement upd = c.prepareStatement("UPDATE view_doc SET sla_due = ?, due_order = ? WHERE type = 'WorkOrder' AND id = ?");
         ResultSet rs = sel.executeQuery()) {
      while (rs.next()) {
        JsonNode data = parse(rs.getString(2));
        java.time.Instant due = indexer.slaDue("WorkOrder", data);
        upd.setString(1, due == null ? null : due.toString());
        upd.setString(2, dueOrder("WorkOrder", data, due));
        upd.setString(3, rs.getString(1));
        upd.executeUpdate();
        n++;
      }
    }
    return n;
  }

  static void deleteView(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      ps.executeUpdate();
    }
  }

  static boolean hasShadow(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM server_shadow WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Keeps the server's state of an entity before the first local effect overlays it. */
  static void shadowIfAbsent(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO server_shadow (type, id, version, data) "
            + "SELECT ?, ?, COALESCE((SELECT version FROM view_doc WHERE type = ? AND id = ?), 0), "
            + "(SELECT data FROM view_doc WHERE type = ? AND id = ?) "
            + "WHERE NOT EXISTS (SELECT 1 FROM server_shadow WHERE type = ? AND id = ?)")) {
      String sid = id.toString();
      for (int i = 0; i < 4; i++) {
        ps.setString(2 * i + 1, type);
        ps.setString(2 * i + 2, sid);
      }
      ps.executeUpdate();
    }
  }

  /** A pulled change to an overlaid record's server state, unless the shadow is newer; whether it was kept. */
  static boolean upsertShadowIfNotOlder(Connection c, String type, UUID id, long version, String json)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO server_shadow (type, id, version, data) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, data = excluded.data"
            + " WHERE excluded.version >= server_shadow.version")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      ps.setLong(3, version);
      ps.setString(4, json);
      return ps.executeUpdate() > 0;
    }
  }

  /** Puts every overlaid entity back to the server's state and forgets the shadows; returns them. */
  static List<DocKey> restoreShadows(Connection c, DocIndexer indexer) throws SQLException {
    List<DocKey> keys = new ArrayList<>();
    try (PreparedStatement sel = c.prepareStatement("SELECT type, id, version, data FROM server_shadow");
         ResultSet rs = sel.executeQuery()) {
      while (rs.next()) {
        String type = rs.getString(1);
        UUID id = UUID.fromString(rs.getString(2));
        String data = rs.getString(4);
        if (data == null) {
          deleteView(c, type, id);
        } else {
          upsertView(c, type, id, rs.getLong(3), parse(data), false, indexer);
        }
        keys.add(new DocKey(type, id));
      }
    }
    try (PreparedStatement del = c.prepareStatement("DELETE FROM server_shadow")) {
      del.executeUpdate();
    }
    return keys;
  }

  static long shadowCount(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM server_shadow"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static JsonNode parse(String json) {
    try {
      return com.fieldops.common.json.Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new ReplicaStoreException("unreadable document in replica", e);
    }
  }

  static String write(JsonNode node) {
    try {
      return com.fieldops.common.json.Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new ReplicaStoreException("cannot write document", e);
    }
  }
}
