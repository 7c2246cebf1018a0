package com.fieldops.server.auth;

import com.fieldops.identity.model.Role;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The app_user table. */
public final class Accounts {
  private static final String COLUMNS = "id, username, display_name, role, region, technician_id, password_hash, disabled";

  public Optional<Account> byUsername(Connection c, String username) throws SQLException {
    return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM app_user WHERE username = ?", Accounts::map, username);
  }

  public Optional<Account> byId(Connection c, UUID id) throws SQLException {
    return Jdbc.queryOne(c, "SELECT " + COLUMNS + " FROM app_user WHERE id = ?", Accounts::map, id);
  }

  public List<Account> all(Connection c) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM app_user ORDER BY username", Accounts::map);
  }

  public void insert(Connection c, Account a, long nowMillis) throws SQLException {
    Jdbc.update(c, "INSERT INTO app_user (" + COLUMNS + ", created_at) VALUES (?,?,?,?,?,?,?,?,?)", a.id(),
        a.username(), a.displayName(), a.role(), a.region(), a.technicianId(), a.passwordHash(), a.disabled(),
        nowMillis);
  }

  public int setPasswordHash(Connection c, String username, String hash) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET password_hash = ? WHERE username = ?", hash, username);
  }

  public int setDisabled(Connection c, String username, boolean disabled) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET disabled = ? WHERE username = ?", disabled, username);
  }

  public long count(Connection c) throws SQLException {
    return Jdbc.queryLong(c, "SELECT COUNT(*) FROM app_user");
  }

  /** A user's role and what it needs, set by an admin. */
  public int setRole(Connection c, UUID id, Role role, String region, UUID technicianId) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET role = ?, region = ?, technician_id = ? WHERE id = ?", role, region,
        technicianId, id);
  }

  public int setDisabled(Connection c, UUID id, boolean disabled) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET disabled = ? WHERE id = ?", disabled, id);
  }

  public int setPasswordHash(Connection c, UUID id, String hash) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET password_hash = ? WHERE id = ?", hash, id);
  }

  /** The user's language (BCP 47), null = the device's. */
  public int setLanguage(Connection c, UUID id, String language) throws SQLException {
    return Jdbc.update(c, "UPDATE app_user SET language = ? WHERE id = ?", language, id);
  }

  /** Every user's language by user id (users without one are absent). */
  public java.util.Map<UUID, String> languages(Connection c) throws SQLException {
    java.util.Map<UUID, String> out = new java.util.HashMap<>();
    for (Object[] row : Jdbc.query(c, "SELECT id, language FROM app_user WHERE language IS NOT NULL",
        rs -> new Object[] {Jdbc.uuid(rs, "id"), rs.getString(2)})) {
      out.put((UUID) row[0], (String) row[1]);
    }
    return out;
  }

  private static Account map(ResultSet rs) throws SQLException {
    return new Account(Jdbc.uuid(rs, "id"), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
        rs.getString(5), Jdbc.uuid(rs, "technician_id"), rs.getString(7), rs.getBoolean(8));
  }
}
