package com.fieldops.server.auth;

import com.fieldops.common.Ids;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.admin.UserRoleChange;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.server.config.SignInLimits;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in, sign-out, token checks and user administration. */
public final class AuthService {
  private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);

  private final Database db;
  private final Clock clock;
  private final PasswordHasher hasher;
  private final Duration tokenLifetime;
  private final Duration renewalGrace;
  private final Accounts accounts = new Accounts();
  private final Sessions sessions = new Sessions();
  private final SignInThrottle throttle;
  private final HashingGate gate;
  private final ClientAddress clientAddress;
  private final UserRefs userRefs = new UserRefs();
  /** Verified against when the user name is unknown, so timing and memory do not reveal which names exist. */
  private final String decoyHash;

  public AuthService(Database db, Clock clock, PasswordHasher hasher, Duration tokenLifetime) {
    this(db, clock, hasher, tokenLifetime, Duration.ofMinutes(2));
  }

  /** {@code renewalGrace}: how long a renewed token keeps working (a lost renewal answer can be retried). */
  public AuthService(Database db, Clock clock, PasswordHasher hasher, Duration tokenLifetime, Duration renewalGrace) {
    this(db, clock, hasher, tokenLifetime, renewalGrace, SignInLimits.defaults());
  }

  /** {@code limits}: how many password checks run at once and how many failed sign-ins are accepted. */
  public AuthService(Database db, Clock clock, PasswordHasher hasher, Duration tokenLifetime, Duration renewalGrace,
      SignInLimits limits) {
    this.renewalGrace = renewalGrace;
    this.db = db;
    this.clock = clock;
    this.hasher = hasher;
    this.tokenLifetime = tokenLifetime;
    this.throttle = new SignInThrottle();
    this.gate = new HashingGate(limits);
    this.clientAddress = new ClientAddress(limits.trustedProxies());
    this.decoyHash = hasher.hash("decoy-" + UUID.randomUUID());
  }

  /** The address a sign-in from {@code remoteAddress} counts against (see {@link ClientAddress}). */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    return clientAddress.of(remoteAddress, forwardedFor);
  }

  /**
   * Checks the throttle (cheap), then the password under the hashing gate (a few at a time), then
   * the throttle again: sign-ins that queued behind a flood of failures are refused without hashing.
   * An unknown user name is checked against a decoy hash of the same cost as a real one.
   */
  public SignInResponse signIn(SignInRequest request, String address) {
    String username = request.username().trim();
    refuseIfThrottled(username, address, clock.millis());
    Optional<Account> account = db.read(c -> accounts.byUsername(c, username));
    boolean passwordOk = gate.check(() -> {
      refuseIfThrottled(username, address, clock.millis());
      return hasher.matches(request.password(), account.map(Account::passwordHash).orElse(decoyHash));
    });
    long now = clock.millis();
    if (!passwordOk || account.isEmpty() || account.get().disabled()) {
      String reason = account.isEmpty() ? "unknown_user" : !passwordOk ? "wrong_password" : "disabled";
      db.write(c -> {
        throttle.recordFailure(c, username, address, now);
        // the typed name is stored only when it names an account: an unknown one may be a password
        securityEvent(c, now, "SIGN_IN_FAILED", account.map(Account::username).orElse(null),
            account.map(Account::id).orElse(null), request.deviceId(), address);
        return null;
      });
      LOG.atInfo().setMessage("sign-in failed").addKeyValue("event", "signin.failed").addKeyValue("reason", reason)
          .addKeyValue("userRef", userRefs.of(username)).addKeyValue("userId", account.map(Account::id).orElse(null))
          .addKeyValue("address", address).log();
      throw DomainException.of(DomainException.Kind.UNAUTHENTICATED, "SIGN_IN_FAILED", "api.error.signInFailed", null);
    }
    Account a = account.get();
    String token = Tokens.newToken();
    Instant expiresAt = Instant.ofEpochMilli(now).plus(tokenLifetime);
    db.write(c -> {
      throttle.reset(c, username);
      sessions.insert(c, Tokens.hash(token), a.id(), request.deviceId(), now, expiresAt.toEpochMilli());
      securityEvent(c, now, "SIGNED_IN", a.username(), a.id(), request.deviceId(), address);
      return null;
    });
    LOG.atInfo().setMessage("signed in").addKeyValue("event", "sign_in").addKeyValue("user", a.username())
        .addKeyValue("role", a.role()).addKeyValue("device", request.deviceId()).addKeyValue("address", address).log();
    return new SignInResponse(token, expiresAt, a.id(), a.role().name(), a.displayName());
  }

  private void refuseIfThrottled(String username, String address, long now) {
    SignInThrottle.Verdict verdict = db.read(c -> throttle.verdict(c, username, address, now));
    if (verdict.refused()) {
      LOG.atWarn().setMessage("sign-in refused: too many failed attempts").addKeyValue("event", "signin.throttled")
          .addKeyValue("reason", verdict.reason()).addKeyValue("userRef", userRefs.of(username))
          .addKeyValue("address", address).addKeyValue("waitSeconds", verdict.waitSeconds()).log();
      throw DomainException.busy("TOO_MANY_ATTEMPTS", "api.error.tooManyAttempts", verdict.waitSeconds());
    }
  }

  /** The caller behind a bearer token, or 401 if it is missing, unknown, expired or revoked. */
  public Principal authenticate(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      throw DomainException.unauthenticated();
    }
    String hash = Tokens.hash(token);
    long now = clock.millis();
    return db.read(c -> {
      var session = sessions.find(c, hash);
      if (session.isEmpty() || session.get().revoked() || session.get().expiresAtMillis() <= now) {
        throw DomainException.unauthenticated();
      }
      Account a = accounts.byId(c, session.get().userId()).orElseThrow(DomainException::unauthenticated);
      if (a.disabled()) {
        throw DomainException.unauthenticated();
      }
      return new Principal(a.id(), a.username(), a.displayName(), a.role(), a.region(), a.technicianId(),
          session.get().deviceId(), hash);
    });
  }

  /**
   * A fresh token for a signed-in caller. The old token keeps working for the renewal grace period
   * and renewing it again within it answers the same fresh token: a client whose renewal answer
   * was lost retries and is not signed out. After the grace period the old token is refused.
   *
   * @param oldToken the caller's bearer token in clear (the successor is sealed under it)
   */
  public SignInResponse renew(Principal principal, String oldToken) {
    if (!Tokens.hash(oldToken).equals(principal.tokenHash())) {
      throw DomainException.unauthenticated();
    }
    long now = clock.millis();
    String token = Tokens.newToken();
    String tokenHash = Tokens.hash(token);
    long expiresAt = Instant.ofEpochMilli(now).plus(tokenLifetime).toEpochMilli();
    long graceEnd = Instant.ofEpochMilli(now).plus(renewalGrace).toEpochMilli();
    SignInResponse answer = db.write(c -> {
      if (sessions.markRenewed(c, principal.tokenHash(), now, graceEnd, tokenHash, Tokens.seal(token, oldToken)) == 1) {
        sessions.insert(c, tokenHash, principal.userId(), principal.deviceId(), now, expiresAt);
        securityEvent(c, now, "TOKEN_RENEWED", principal.username(), principal.userId(), principal.deviceId(), null);
        return response(principal, token, expiresAt);
      }
      // renewed before, within the grace period (else authenticate had refused it): the same successor
      Sessions.Session old = sessions.find(c, principal.tokenHash()).orElseThrow(DomainException::unauthenticated);
      Sessions.Session successor = old.successorHash() == null ? null
          : sessions.find(c, old.successorHash()).orElse(null);
      if (old.successorSealed() == null || successor == null || successor.revoked()
          || successor.expiresAtMillis() <= now) {
        throw DomainException.unauthenticated();
      }
      return response(principal, Tokens.unseal(old.successorSealed(), oldToken), successor.expiresAtMillis());
    });
    LOG.atInfo().setMessage("token renewed").addKeyValue("event", "token.renewed")
        .addKeyValue("user", principal.username()).addKeyValue("device", principal.deviceId())
        .addKeyValue("expiresAt", answer.expiresAt()).log();
    return answer;
  }

  private static SignInResponse response(Principal p, String token, long expiresAtMillis) {
    return new SignInResponse(token, Instant.ofEpochMilli(expiresAtMillis), p.userId(), p.role().name(),
        p.displayName());
  }

  /** Ends the session: the token, the token it was renewed from and the one it was renewed to. */
  public void signOut(Principal principal) {
    db.write(c -> {
      sessions.revoke(c, principal.tokenHash());
      String successor = sessions.find(c, principal.tokenHash()).map(Sessions.Session::successorHash).orElse(null);
      if (successor != null) {
        sessions.revoke(c, successor);
      }
      securityEvent(c, clock.millis(), "SIGNED_OUT", principal.username(), principal.userId(), principal.deviceId(),
          null);
      return null;
    });
  }

  /** Creates a user; the password is hashed here and never stored. */
  public Account addUser(String username, String displayName, Role role, String region, UUID technicianId,
      String password) {
    Account a = new Account(Ids.newId(), username, displayName, role, region, technicianId, hasher.hash(password), false);
    db.write(c -> {
      accounts.insert(c, a, clock.millis());
      securityEvent(c, clock.millis(), "USER_ADDED", username, a.id(), null, null);
      return null;
    });
    return a;
  }

  /** Sets a new password and ends the user's sessions. False if there is no such user. */
  public boolean changePassword(String username, String password) {
    String hash = hasher.hash(password);
    return db.write(c -> {
      if (accounts.setPasswordHash(c, username, hash) == 0) {
        return false;
      }
      UUID id = accounts.byUsername(c, username).orElseThrow().id();
      sessions.revokeAllOf(c, id);
      securityEvent(c, clock.millis(), "PASSWORD_CHANGED", username, id, null, null);
      return true;
    });
  }

  /** Disables a user and revokes their sessions at once. False if there is no such user. */
  public boolean disable(String username) {
    return db.write(c -> {
      if (accounts.setDisabled(c, username, true) == 0) {
        return false;
      }
      UUID id = accounts.byUsername(c, username).orElseThrow().id();
      sessions.revokeAllOf(c, id);
      securityEvent(c, clock.millis(), "USER_DISABLED", username, id, null, null);
      return true;
    });
  }

  public Optional<Account> account(String username) {
    return db.read(c -> accounts.byUsername(c, username));
  }

  private static void securityEvent(java.sql.Connection c, long at, String kind, String username, UUID userId,
      String deviceId, String address) throws java.sql.SQLException {
    securityEvent(c, at, kind, username, userId, deviceId, address, null, null);
  }

  /** With the admin who acted ({@code actorId}) and what changed ({@code detail}, never a password). */
  private static void securityEvent(java.sql.Connection c, long at, String kind, String username, UUID userId,
      String deviceId, String address, UUID actorId, String detail) throws java.sql.SQLException {
    Jdbc.update(c, "INSERT INTO security_event (id, at, kind, username, user_id, device_id, address, actor_id, detail)"
        + " VALUES (?,?,?,?,?,?,?,?,?)", Ids.newId(), at, kind, username, userId, deviceId, address, actorId, detail);
  }

  // ---- administration from the console (decision 0021): the same operations the CLI runs, by an admin ----

  /** Every user, by user name, as the admin screen shows them. */
  public List<UserAccount> users() {
    return db.read(c -> {
      Map<UUID, String> languages = accounts.languages(c);
      return accounts.all(c).stream().map(a -> view(a, languages.get(a.id()))).toList();
    });
  }

  public Optional<UserAccount> user(UUID id) {
    return db.read(c -> {
      Optional<Account> a = accounts.byId(c, id);
      if (a.isEmpty()) {
        return Optional.<UserAccount>empty();
      }
      return Optional.of(view(a.get(), accounts.languages(c).get(id)));
    });
  }

  /**
   * Creates a user with an initial password; a taken user name is refused (409, naming
   * {@code username}), a technician user must name a technician record that exists.
   */
  public UserAccount createUser(NewUser u, UUID byAdmin) {
    String hash = hasher.hash(u.password());
    Account a = new Account(Ids.newId(), u.username(), u.displayName().strip(), u.role(), blankToNull(u.region()),
        u.technicianId(), hash, false);
    long now = clock.millis();
    db.write(c -> {
      if (accounts.byUsername(c, a.username()).isPresent()) {
        throw DomainException.of(DomainException.Kind.CONFLICT, "USERNAME_TAKEN", "useradmin.error.usernameTaken",
            "username", a.username());
      }
      requireTechnician(c, a.technicianId());
      accounts.insert(c, a, now);
      accounts.setLanguage(c, a.id(), blankToNull(u.language()));
      securityEvent(c, now, "USER_ADDED", a.username(), a.id(), null, null, byAdmin, roleDetail(a.role(), a.region(),
          a.technicianId()));
      return null;
    });
    adminLog("user_created", byAdmin, a.username(), roleDetail(a.role(), a.region(), a.technicianId()));
    return view(a, blankToNull(u.language()));
  }

  /**
   * A user's new role (with its region or technician) and language. An admin does not demote
   * themselves: the last admin could lock everyone out.
   */
  public UserAccount changeRole(UUID userId, UserRoleChange change, UUID byAdmin) {
    long now = clock.millis();
    String detail = roleDetail(change.role(), blankToNull(change.region()), change.technicianId());
    db.write(c -> {
      Account a = accounts.byId(c, userId).orElseThrow(() -> DomainException.notFound("user " + userId));
      if (userId.equals(byAdmin) && change.role() != Role.ADMIN) {
        throw DomainException.of(DomainException.Kind.CONFLICT, "OWN_ACCOUNT", "useradmin.error.ownRole", "role");
      }
      requireTechnician(c, change.technicianId());
      accounts.setRole(c, userId, change.role(), blankToNull(change.region()), change.technicianId());
      accounts.setLanguage(c, userId, blankToNull(change.language()));
      if (a.role() != change.role() || !java.util.Objects.equals(a.region(), blankToNull(change.region()))
          || !java.util.Objects.equals(a.technicianId(), change.technicianId())) {
        // what the old sessions were allowed no longer holds: sign in again under the new role
        sessions.revokeAllOf(c, userId);
      }
      securityEvent(c, now, "ROLE_CHANGED", a.username(), userId, null, null, byAdmin, detail);
      return null;
    });
    UserAccount after = user(userId).orElseThrow();
    adminLog("user_role_changed", byAdmin, after.username(), detail);
    return after;
  }

  /** Disables (their sessions end at once, they cannot sign in) or enables a user. */
  public UserAccount setDisabled(UUID userId, boolean disabled, UUID byAdmin) {
    long now = clock.millis();
    db.write(c -> {
      Account a = accounts.byId(c, userId).orElseThrow(() -> DomainException.notFound("user " + userId));
      if (disabled && userId.equals(byAdmin)) {
        throw DomainException.of(DomainException.Kind.CONFLICT, "OWN_ACCOUNT", "useradmin.error.ownDisable", null);
      }
      accounts.setDisabled(c, userId, disabled);
      if (disabled) {
        sessions.revokeAllOf(c, userId);
      }
      securityEvent(c, now, disabled ? "USER_DISABLED" : "USER_ENABLED", a.username(), userId, null, null, byAdmin,
          null);
      return null;
    });
    UserAccount after = user(userId).orElseThrow();
    adminLog(disabled ? "user_disabled" : "user_enabled", byAdmin, after.username(), null);
    return after;
  }

  /** Sets a new password for a user and ends their sessions (decision 0021: no forced change). */
  public void resetPassword(UUID userId, String password, UUID byAdmin) {
    String hash = hasher.hash(password);
    long now = clock.millis();
    String username = db.write(c -> {
      Account a = accounts.byId(c, userId).orElseThrow(() -> DomainException.notFound("user " + userId));
      accounts.setPasswordHash(c, userId, hash);
      sessions.revokeAllOf(c, userId);
      securityEvent(c, now, "PASSWORD_RESET", a.username(), userId, null, null, byAdmin, null);
      return a.username();
    });
    adminLog("user_password_reset", byAdmin, username, null);
  }

  private static void requireTechnician(java.sql.Connection c, UUID technicianId) throws java.sql.SQLException {
    if (technicianId != null && Jdbc.queryOne(c, "SELECT id FROM entity WHERE entity_type = ? AND id = ?",
        rs -> rs.getString(1), "Technician", technicianId).isEmpty()) {
      throw DomainException.of(DomainException.Kind.INVALID, "NOT_FOUND", "protocol.rejected.notFound",
          "technicianId", "Technician", String.valueOf(technicianId));
    }
  }

  private static String roleDetail(Role role, String region, UUID technicianId) {
    return "role=" + role + (region == null ? "" : " region=" + region)
        + (technicianId == null ? "" : " technician=" + technicianId);
  }

  private static void adminLog(String event, UUID byAdmin, String username, String detail) {
    LOG.atInfo().setMessage("user administration").addKeyValue("event", event).addKeyValue("by", byAdmin)
        .addKeyValue("user", username).addKeyValue("detail", detail).log();
  }

  private static UserAccount view(Account a, String language) {
    return new UserAccount(a.id(), a.username(), a.displayName(), a.role(), a.region(), a.technicianId(), language,
        a.disabled());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
