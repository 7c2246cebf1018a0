package com.fieldops.server.notify;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Office mailboxes and webhooks configured by an admin ({@code notify_recipient}). */
public final class Recipients {
  private static final String COLUMNS = "id, target, region, channel, address, locale, secret";

  public void add(Connection c, Recipient r, Instant now) throws SQLException {
    Jdbc.update(c, "INSERT INTO notify_recipient (" + COLUMNS + ", created_at) VALUES (?,?,?,?,?,?,?,?)", r.id(),
        r.target(), r.region(), r.channel(), r.address(), r.locale().toLanguageTag(), r.secret(), now.toEpochMilli());
  }

  public boolean remove(Connection c, UUID id) throws SQLException {
    return Jdbc.update(c, "DELETE FROM notify_recipient WHERE id = ?", id) == 1;
  }

  public List<Recipient> all(Connection c) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM notify_recipient ORDER BY created_at, id", Recipients::map);
  }

  public Optional<Recipient> find(Connection c, UUID id) throws SQLException {
    return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM notify_recipient WHERE id = ?", Recipients::map, id);
  }

  /** Recipients standing for {@code target} (or ANY) in {@code region} (or every region). */
  public List<Recipient> forTarget(Connection c, String target, String region) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM notify_recipient WHERE target = ?"
        + " AND (region IS NULL OR region = ?) ORDER BY created_at, id", Recipients::map, target, region);
  }

  private static Recipient map(java.sql.ResultSet rs) throws SQLException {
    return new Recipient(Jdbc.uuid(rs, "id"), rs.getString(2), rs.getString(3), Channel.valueOf(rs.getString(4)),
        rs.getString(5), Locale.forLanguageTag(rs.getString(6)), rs.getString(7));
  }
}
