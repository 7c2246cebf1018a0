package com.fieldops.replica.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads of the local view ({@code view_doc}) that every feature's queries share: one document,
 * the children of a parent, the pending flag, and the JSON and column decoding.
 */
public final class ViewReads {
  private static final Logger LOG = LoggerFactory.getLogger(ViewReads.class);

  private ViewReads() {}

  /** What a person typed into a search, as a LIKE operand's core: trimmed, lower case, no wildcards. */
  public static String needle(String typed) {
    return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
  }

  public static boolean isPending(Connection c, String type, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pending FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, type);
      ps.setString(2, id.toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getInt(1) != 0;
      }
    }
  }

  public static <T> Optional<T> doc(Connection c, String type, UUID id, Class<T> cls) throws SQLException {
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

  /** The documents of {@code type} whose {@code field} names {@code parent}; adds the pending ones' ids to {@code pending}. */
  public static <T> List<T> children(Connection c, String type, String field, UUID parent, Class<T> cls, Set<UUID> pending)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, data, pending FROM view_doc" + Docs.indexedBy(field)
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

  public static <T> T read(String json, Class<T> cls) {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + cls.getSimpleName() + " in the replica", e);
    }
  }

  /** A document this app version cannot read (e.g. a newer server's kind) is skipped, not fatal for the screen. */
  public static <T> T readOrNull(String json, Class<T> cls) {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (JsonProcessingException e) {
      LOG.warn("Skipping a {} this version cannot read: {}", cls.getSimpleName(), e.getOriginalMessage());
      return null;
    }
  }

  public static UUID uuid(String s) {
    return s == null ? null : UUID.fromString(s);
  }

  public static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }

  public static <E extends Enum<E>> E enumOf(Class<E> cls, String name) {
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
