package com.fieldops.server.report;

import com.fieldops.server.storage.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The links that open a customer's page on one report (table customer_report_link, V170). A token is
 * 256 random bits, given out once in the e-mail; only its SHA-256 is stored, so reading the database
 * opens no page. A link works until it expires or the office revokes it.
 */
public final class CustomerLinks {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** 32 bytes in URL-safe base64 without padding. */
  private static final int TOKEN_CHARS = 43;

  /** What a valid link leads to. */
  public record Link(UUID reportId, UUID workOrderId, UUID contactId, Instant expiresAt) {}

  /** Why a link does not open the page. */
  public enum Refusal { UNKNOWN, EXPIRED, REVOKED }

  /** The answer to a presented token: the link, or why not. */
  public record Lookup(Link link, Refusal refusal) {}

  /** Makes and stores a new link; returns the token to put in the URL (never stored). */
  public String mint(Connection c, UUID reportId, UUID workOrderId, UUID contactId, Instant now, Instant expiresAt)
      throws SQLException {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Jdbc.update(c, "INSERT INTO customer_report_link (token_hash, report_id, work_order_id, contact_id, created_at,"
        + " expires_at) VALUES (?,?,?,?,?,?)", hash(token), reportId, workOrderId, contactId, now.toEpochMilli(),
        expiresAt.toEpochMilli());
    return token;
  }

  /** The link of a presented token at {@code now}; a malformed token is UNKNOWN without a query. */
  public Lookup find(Connection c, String token, Instant now) throws SQLException {
    if (token == null || token.length() != TOKEN_CHARS || !token.matches("[A-Za-z0-9_-]+")) {
      return new Lookup(null, Refusal.UNKNOWN);
    }
    Optional<Object[]> row = Jdbc.queryOne(c, "SELECT report_id, work_order_id, contact_id, expires_at, revoked_at"
        + " FROM customer_report_link WHERE token_hash = ?", rs -> new Object[] {Jdbc.uuid(rs, "report_id"),
            Jdbc.uuid(rs, "work_order_id"), Jdbc.uuid(rs, "contact_id"), rs.getLong("expires_at"),
            rs.getObject("revoked_at")}, hash(token));
    if (row.isEmpty()) {
      return new Lookup(null, Refusal.UNKNOWN);
    }
    Object[] r = row.get();
    Link link = new Link((UUID) r[0], (UUID) r[1], (UUID) r[2], Instant.ofEpochMilli((Long) r[3]));
    if (r[4] != null) {
      return new Lookup(link, Refusal.REVOKED);
    }
    if (!now.isBefore(link.expiresAt())) {
      return new Lookup(link, Refusal.EXPIRED);
    }
    return new Lookup(link, null);
  }

  /** The office revokes every link of a report; returns how many were still open. */
  public int revoke(Connection c, UUID reportId, Instant now) throws SQLException {
    return Jdbc.update(c, "UPDATE customer_report_link SET revoked_at = ? WHERE report_id = ? AND revoked_at IS NULL",
        now.toEpochMilli(), reportId);
  }

  static String hash(String token) {
    return ReportService.sha256(token.getBytes(StandardCharsets.US_ASCII));
  }
}
