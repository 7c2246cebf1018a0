package com.fieldops.replica.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Photo bytes kept in the replica file (table {@code photo_file}): the upload queue of photos taken on
 * this device, and photos fetched from the server to show them. A photo is written in its own committed
 * transaction before the mutation that names it, so a kill at any instant leaves either nothing, or
 * bytes that are uploaded anyway (harmless: the server keeps bytes by hash), or bytes plus mutation.
 */
public final class PhotoFiles {
  /** Where a photo's bytes are. */
  public enum State {
    /** Taken here, not yet all on the server. */
    WAITING,
    /** The server has them. */
    SENT,
    /** The server refused them for good (reason kept); the other photos go on. */
    REFUSED,
    /** Fetched from the server to be shown. */
    CACHED
  }

  /** A photo's row without its bytes. */
  public record Entry(String sha256, String contentType, long sizeBytes, State state, UUID workOrderId,
      UUID attachmentId, String reason, int attempts) {}

  private final ReplicaDatabase db;

  public PhotoFiles(ReplicaDatabase db) {
    this.db = db;
  }

  /**
   * Queues a photo taken on this device for upload. The same bytes again (a second attachment of one
   * picture) keep their row; bytes only cached or refused before are queued again.
   */
  public void queue(String sha256, String contentType, byte[] bytes, UUID workOrderId, UUID attachmentId, Instant at) {
    db.write(c -> {
      Optional<State> now = state(c, sha256);
      if (now.isEmpty()) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO photo_file (sha256, content_type, size_bytes, bytes, "
            + "state, work_order_id, attachment_id, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, sha256);
          ps.setString(2, contentType);
          ps.setLong(3, bytes.length);
          ps.setBytes(4, bytes);
          ps.setString(5, State.WAITING.name());
          ps.setString(6, String.valueOf(workOrderId));
          ps.setString(7, String.valueOf(attachmentId));
          ps.setString(8, at.toString());
          ps.executeUpdate();
        }
      } else if (now.get() == State.CACHED || now.get() == State.REFUSED) {
        update(c, "UPDATE photo_file SET state = 'WAITING', reason = NULL, attempts = 0, work_order_id = ?, "
            + "attachment_id = ? WHERE sha256 = ?", String.valueOf(workOrderId), String.valueOf(attachmentId), sha256);
      }
      return null;
    });
  }

  /** Removes a queued photo whose mutation was refused before it was recorded. */
  public void forget(String sha256) {
    db.write(c -> update(c, "DELETE FROM photo_file WHERE sha256 = ? AND state = 'WAITING' AND attempts = 0", sha256));
  }

  /** Keeps a photo fetched from the server (never replaces a row of this device's own). */
  public void cache(String sha256, String contentType, byte[] bytes, Instant at) {
    db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO photo_file (sha256, content_type, "
          + "size_bytes, bytes, state, queued_at) VALUES (?, ?, ?, ?, 'CACHED', ?)")) {
        ps.setString(1, sha256);
        ps.setString(2, contentType);
        ps.setLong(3, bytes.length);
        ps.setBytes(4, bytes);
        ps.setString(5, at.toString());
        return ps.executeUpdate();
      }
    });
  }

  /** Photos still to upload: those tried least first, then oldest, so one that keeps failing goes last. */
  public List<Entry> waiting() {
    return db.read(c -> entries(c, "SELECT " + COLUMNS + " FROM photo_file WHERE state = 'WAITING' "
        + "ORDER BY attempts, queued_at, sha256"));
  }

  /** The rows of these hashes (those this device has). */
  public Map<String, Entry> entries(Collection<String> sha256s) {
    if (sha256s.isEmpty()) {
      return Map.of();
    }
    String marks = String.join(",", java.util.Collections.nCopies(sha256s.size(), "?"));
    return db.read(c -> {
      Map<String, Entry> out = new LinkedHashMap<>();
      for (Entry e : entries(c, "SELECT " + COLUMNS + " FROM photo_file WHERE sha256 IN (" + marks + ")",
          sha256s.toArray())) {
        out.put(e.sha256(), e);
      }
      return out;
    });
  }

  public Optional<byte[]> bytes(String sha256) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT bytes FROM photo_file WHERE sha256 = ?")) {
        ps.setString(1, sha256);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty();
        }
      }
    });
  }

  public void countAttempt(String sha256) {
    db.write(c -> update(c, "UPDATE photo_file SET attempts = attempts + 1 WHERE sha256 = ?", sha256));
  }

  public void sent(String sha256) {
    marks(List.of(sha256), Map.of());
  }

  /**
   * Writes the outcomes of the uploader's batch in one commit (one fsync instead of one per photo):
   * photos the server confirmed as complete are sent, those it refused for good keep its reason.
   */
  public void marks(Collection<String> sent, Map<String, String> refused) {
    if (sent.isEmpty() && refused.isEmpty()) {
      return;
    }
    db.write(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE photo_file SET state = 'SENT', reason = NULL WHERE sha256 = ?")) {
        for (String sha256 : sent) {
          ps.setString(1, sha256);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE photo_file SET state = 'REFUSED', reason = ? WHERE sha256 = ?")) {
        for (Map.Entry<String, String> r : refused.entrySet()) {
          ps.setString(1, r.getValue());
          ps.setString(2, r.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return null;
    });
  }

  public void refused(String sha256, String reason) {
    db.write(c -> update(c, "UPDATE photo_file SET state = 'REFUSED', reason = ? WHERE sha256 = ?", reason, sha256));
  }

  public int count(State state) {
    return db.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM photo_file WHERE state = ?")) {
        ps.setString(1, state.name());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    });
  }

  private static final String COLUMNS =
      "sha256, content_type, size_bytes, state, work_order_id, attachment_id, reason, attempts";

  private static List<Entry> entries(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<Entry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Entry(rs.getString(1), rs.getString(2), rs.getLong(3), State.valueOf(rs.getString(4)),
              uuid(rs.getString(5)), uuid(rs.getString(6)), rs.getString(7), rs.getInt(8)));
        }
      }
      return out;
    }
  }

  private static Optional<State> state(Connection c, String sha256) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT state FROM photo_file WHERE sha256 = ?")) {
      ps.setString(1, sha256);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(State.valueOf(rs.getString(1))) : Optional.empty();
      }
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }

  private static UUID uuid(String s) {
    if (s == null || s.equals("null")) {
      return null;
    }
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
