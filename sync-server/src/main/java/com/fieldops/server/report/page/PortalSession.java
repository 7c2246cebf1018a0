package com.fieldops.server.report.page;

import com.fieldops.identity.model.Role;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.Database;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The customer's session on their pages: the ordinary session token (stored hashed, with expiry and
 * revocation, {@link AuthService}) in a cookie that scripts cannot read (HttpOnly), that other sites'
 * requests do not carry (SameSite=Strict), limited to {@code /customer}, and Secure when the page is
 * reached over HTTPS. Every POST form carries a CSRF token: derived from the session token for a
 * signed-in customer, and before sign-in a random one that must match its own cookie (double submit).
 */
final class PortalSession {
  static final String COOKIE = "fieldops_customer";
  static final String SIGN_IN_COOKIE = "fieldops_signin";
  static final String PATH = "/customer";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A signed-in customer: who, as which contact of which company, with which token. */
  record Customer(Principal principal, CustomerAccounts.Link account, String token) {
    String csrf() {
      return csrfOf(token);
    }
  }

  private final Database db;
  private final AuthService auth;
  private final CustomerAccounts accounts = new CustomerAccounts();

  PortalSession(Database db, AuthService auth) {
    this.db = db;
    this.auth = auth;
  }

  /** The signed-in customer of this request, if its cookie names a live session of a customer account. */
  Optional<Customer> current(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Principal p;
    try {
      p = auth.authenticate(token);
    } catch (DomainException e) { // expired, revoked, disabled: signed out
      return Optional.empty();
    }
    return customer(p, token);
  }

  /** The customer behind a fresh token, or empty if it is not a customer account's. */
  Optional<Customer> customer(Principal p, String token) {
    if (p.role() != Role.CUSTOMER) {
      return Optional.empty();
    }
    return db.read(c -> accounts.of(c, p.userId())).map(a -> new Customer(p, a, token));
  }

  void start(Context ctx, String token) {
    cookie(ctx, COOKIE, token, -1);
    cookie(ctx, SIGN_IN_COOKIE, "", 0);
  }

  void end(Context ctx) {
    cookie(ctx, COOKIE, "", 0);
  }

  /** The sign-in form's CSRF token: the one of its cookie, or a new one set now. */
  String signInCsrf(Context ctx) {
    String have = ctx.cookie(SIGN_IN_COOKIE);
    if (have != null && have.matches("[A-Za-z0-9_-]{43}")) {
      return have;
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    cookie(ctx, SIGN_IN_COOKIE, token, -1);
    return token;
  }

  boolean signInCsrfOk(Context ctx) {
    return same(ctx.cookie(SIGN_IN_COOKIE), ctx.formParam("csrf"));
  }

  static boolean csrfOk(Context ctx, Customer customer) {
    return same(customer.csrf(), ctx.formParam("csrf"));
  }

  private static boolean same(String expected, String given) {
    return expected != null && !expected.isEmpty() && given != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  static String csrfOf(String sessionToken) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(("csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code maxAge} -1 = until the browser closes (the session itself expires on the server), 0 = delete. */
  private static void cookie(Context ctx, String name, String value, int maxAge) {
    boolean https = "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + PATH + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
        + "; HttpOnly; SameSite=Strict" + (https ? "; Secure" : ""));
  }
}
