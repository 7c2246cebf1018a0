package com.fieldops.server.report.page;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** The customer_account table (V200): which contact, of which company, a CUSTOMER user is. */
final class CustomerAccounts {
  /** A signed-in customer: the user, the contact they are, and their company. */
  record Link(UUID userId, UUID contactId, UUID customerId) {}

  void insert(Connection c, UUID userId, UUID contactId, UUID customerId, long nowMillis) throws SQLException {
    Jdbc.update(c, "INSERT INTO customer_account (user_id, contact_id, customer_id, created_at) VALUES (?,?,?,?)",
        userId, contactId, customerId, nowMillis);
  }

  Optional<Link> of(Connection c, UUID userId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT user_id, contact_id, customer_id FROM customer_account WHERE user_id = ?",
        rs -> new Link(Jdbc.uuid(rs, "user_id"), Jdbc.uuid(rs, "contact_id"), Jdbc.uuid(rs, "customer_id")), userId);
  }
}
