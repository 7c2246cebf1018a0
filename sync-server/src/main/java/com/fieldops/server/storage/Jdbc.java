package com.fieldops.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Small JDBC helpers: bind positional parameters, map rows straight to records. */
public final class Jdbc {
  private Jdbc() {}

  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      int idx = i + 1;
      if (p == null) {
        ps.setNull(idx, Types.VARCHAR);
      } else if (p instanceof UUID u) {
        ps.setString(idx, u.toString());
      } else if (p instanceof String s) {
        ps.setString(idx, s);
      } else if (p instanceof Long l) {
        ps.setLong(idx, l);
      } else if (p instanceof Integer n) {
        ps.setInt(idx, n);
      } else if (p instanceof Boolean b) {
        ps.setBoolean(idx, b);
      } else if (p instanceof Enum<?> e) {
        ps.setString(idx, e.name());
      } else {
        throw new IllegalArgumentException("unsupported parameter type " + p.getClass());
      }
    }
  }

  public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    List<T> rows = query(c, sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  public static long queryLong(Connection c, String sql, Object... params) throws SQLException {
    return queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  public static UUID uuid(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : UUID.fromString(s);
  }
}
