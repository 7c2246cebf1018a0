package com.fieldops.replica.store;

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
final class Docs {
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

  static List<EntityDoc> findBy(Connection c, String type, String field, String value) throws SQLException {
    requireSimpleField(field);
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, version, data, pending FROM view_doc WHERE type = ? AND json_extract(data, '$." + field + "') = ?")) {
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
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO view_doc (type, id, version, data, pending, sla_due) VALUES (?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, data = excluded.data, "
            + "pending = excluded.pending, sla_due = excluded.sla_due")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      ps.setLong(3, version);
      ps.setString(4, write(data));
      ps.setInt(5, pending ? 1 : 0);
      java.time.Instant due = indexer.slaDue(type, data);
      ps.setString(6, due == null ? null : due.toString());
      ps.executeUpdate();
    }
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

  static void upsertShadow(Connection c, String type, UUID id, long version, String json) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO server_shadow (type, id, version, data) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (type, id) DO UPDATE SET version = excluded.version, data = excluded.data")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      ps.setLong(3, version);
      ps.setString(4, json);
      ps.executeUpdate();
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
      return com.fieldops.model.json.Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new ReplicaStoreException("unreadable document in replica", e);
    }
  }

  static String write(JsonNode node) {
    try {
      return com.fieldops.model.json.Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new ReplicaStoreException("cannot write document", e);
    }
  }
}
