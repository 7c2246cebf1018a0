package com.fieldops.server.photo;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Photo bytes and uploads under way, in the server's database (migration V160, both engines). */
public final class PhotoStore {

  /** A complete photo. */
  public record StoredPhoto(String sha256, String contentType, long sizeBytes, byte[] bytes) {}

  /** An upload under way: what the server has so far. */
  record Partial(long totalBytes, byte[] received) {}

  public Optional<StoredPhoto> photo(Connection c, String sha256) throws SQLException {
    return Jdbc.queryOne(c, "SELECT sha256, content_type, size_bytes, bytes FROM photo WHERE sha256 = ?",
        rs -> new StoredPhoto(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4)), sha256);
  }

  /** Size of a complete photo without reading its bytes. */
  Optional<Long> photoSize(Connection c, String sha256) throws SQLException {
    return Jdbc.queryOne(c, "SELECT size_bytes FROM photo WHERE sha256 = ?", rs -> rs.getLong(1), sha256);
  }

  Optional<Partial> partial(Connection c, String sha256) throws SQLException {
    return Jdbc.queryOne(c, "SELECT total_bytes, received FROM photo_upload WHERE sha256 = ?",
        rs -> new Partial(rs.getLong(1), rs.getBytes(2)), sha256);
  }

  void savePartial(Connection c, String sha256, long total, byte[] received, UUID by, long now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO photo_upload (sha256, total_bytes, received,"
        + " uploaded_by, updated_at) VALUES (?,?,?,?,?) ON CONFLICT (sha256) DO UPDATE SET"
        + " total_bytes = excluded.total_bytes, received = excluded.received, uploaded_by = excluded.uploaded_by,"
        + " updated_at = excluded.updated_at")) {
      ps.setString(1, sha256);
      ps.setLong(2, total);
      ps.setBytes(3, received);
      ps.setString(4, by.toString());
      ps.setLong(5, now);
      ps.executeUpdate();
    }
  }

  void dropPartial(Connection c, String sha256) throws SQLException {
    Jdbc.update(c, "DELETE FROM photo_upload WHERE sha256 = ?", sha256);
  }

  /** Stores a complete photo once: a second upload of the same bytes changes nothing. True if stored now. */
  boolean keep(Connection c, String sha256, String contentType, byte[] bytes, UUID by, long now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO photo (sha256, content_type, size_bytes, bytes,"
        + " uploaded_by, stored_at) VALUES (?,?,?,?,?,?) ON CONFLICT (sha256) DO NOTHING")) {
      ps.setString(1, sha256);
      ps.setString(2, contentType);
      ps.setLong(3, bytes.length);
      ps.setBytes(4, bytes);
      ps.setString(5, by.toString());
      ps.setLong(6, now);
      return ps.executeUpdate() == 1;
    }
  }

  /** How many distinct photos are stored (operators, tests). */
  long count(Connection c) throws SQLException {
    return Jdbc.queryLong(c, "SELECT COUNT(*) FROM photo");
  }
}
