package com.fieldops.replica.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.replica.store.StoreKeys;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bearer session: kept in the replica's settings so a restart syncs without a password,
 * obtained by sign-in, renewed late in its life, forgotten on sign-out or when the server refuses it.
 */
final class Session {
  private static final Logger LOG = LoggerFactory.getLogger(Session.class);

  private final LocalStore store;
  private final Clock clock;
  private final ReplicaMessages messages;
  private final String deviceId;
  private volatile String token;
  private volatile Instant expiresAt;
  private volatile Instant issuedAt;

  Session(LocalStore store, Clock clock, ReplicaMessages messages, String deviceId) {
    this.store = store;
    this.clock = clock;
    this.messages = messages;
    this.deviceId = deviceId;
    this.token = store.setting(StoreKeys.TOKEN).orElse(null);
    this.expiresAt = store.setting(StoreKeys.TOKEN_EXPIRES).map(Instant::parse).orElse(null);
    this.issuedAt = store.setting(StoreKeys.TOKEN_ISSUED).map(Instant::parse).orElse(null);
  }

  String token() {
    return token;
  }

  boolean active() {
    return token != null;
  }

  /**
   * Signs in and, if the server knows the user as the one this replica belongs to, keeps the session
   * and the user. {@code password} is not kept.
   */
  SignInOutcome signIn(SyncHttp http, String username, char[] password) {
    SignInResponse response;
    try {
      response = http.signIn(new SignInRequest(username, new String(password), deviceId));
    } catch (IOException e) {
      LOG.info("Sign-in: server unreachable ({})", e.toString());
      return new SignInOutcome.Failed("UNREACHABLE", messages.get("signin.failed.unreachable"));
    } catch (SyncHttpException e) {
      if (e.status == 401 || e.status == 403 || e.status == 400) {
        String message = e.error != null && e.error.message() != null ? e.error.message() : messages.get("signin.failed.credentials");
        return new SignInOutcome.Failed(e.error == null ? "BAD_CREDENTIALS" : e.error.code(), message);
      }
      return new SignInOutcome.Failed("SERVER", messages.get("signin.failed.server", e.status));
    }
    Optional<ReplicaUser> known = store.setting(StoreKeys.USER).map(Session::readUser);
    if (known.isPresent() && !known.get().userId().equals(response.userId())) {
      // the replica holds another user's outbox and scope: never mix them
      return new SignInOutcome.Failed("OTHER_USER", messages.get("signin.failed.otherUser", known.get().username()));
    }
    keep(response);
    UUID technicianId = known.map(ReplicaUser::technicianId).orElse(null);
    String region = known.map(ReplicaUser::region).orElse(null);
    try {
      JsonNode me = http.me();
      if (me.hasNonNull("technicianId")) {
        technicianId = UUID.fromString(me.get("technicianId").asText());
      }
      if (me.hasNonNull("region")) {
        region = me.get("region").asText();
      }
    } catch (IOException | SyncHttpException | IllegalArgumentException e) {
      LOG.debug("Could not read who I am from the server ({}); found from the pulled data instead", e.toString());
    }
    ReplicaUser user = new ReplicaUser(response.userId(), username, response.displayName(), parseRole(response.role()),
        technicianId, region);
    store.putSetting(StoreKeys.USER, Json.write(user));
    return new SignInOutcome.SignedIn(user);
  }

  /**
   * Renews the session in the last quarter of its life; an expired one is refused here (as a 401)
   * without asking the server.
   */
  void renewIfDue(SyncHttp http) throws IOException, SyncHttpException {
    Instant expires = expiresAt;
    if (expires == null) {
      return;
    }
    Instant now = clock.instant();
    if (now.isAfter(expires)) {
      throw new SyncHttpException(401, null);
    }
    // Renew late (last quarter of the session): the server revokes the old token on renewal, so a
    // renewal whose answer is lost ends the session; the fewer renewals, the rarer that is.
    Instant issued = issuedAt;
    Instant renewAt = issued == null || !issued.isBefore(expires) ? expires.minus(Duration.ofMinutes(10))
        : issued.plus(Duration.between(issued, expires).multipliedBy(3).dividedBy(4));
    if (now.isAfter(renewAt)) {
      try {
        keep(http.renew());
      } catch (SyncHttpException e) {
        if (e.status == 404) {
          LOG.debug("The server does not renew sessions; signing in again will be needed at {}", expires);
          return;
        }
        throw e;
      }
    }
  }

  private void keep(SignInResponse response) {
    token = response.token();
    expiresAt = response.expiresAt();
    issuedAt = clock.instant();
    store.putSetting(StoreKeys.TOKEN_ISSUED, issuedAt.toString());
    store.putSetting(StoreKeys.TOKEN, response.token());
    store.putSetting(StoreKeys.TOKEN_EXPIRES, response.expiresAt() == null ? null : response.expiresAt().toString());
  }

  /** Forgets the token here; the user and the outbox stay for the next sign-in. */
  void forget() {
    token = null;
    expiresAt = null;
    store.putSetting(StoreKeys.TOKEN, null);
    store.putSetting(StoreKeys.TOKEN_EXPIRES, null);
  }

  private static ReplicaUser readUser(String json) {
    try {
      return Json.mapper().readValue(json, ReplicaUser.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Role parseRole(String role) {
    try {
      return Role.valueOf(Objects.requireNonNullElse(role, "").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
