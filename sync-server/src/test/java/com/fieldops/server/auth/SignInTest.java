package com.fieldops.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest {
  MutableClock clock = new MutableClock(Instant.now());
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Dialect.SQLITE, clock);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ApiClient.Reply signIn(String user, String password, String... headers) {
    return server.anonymous().call("POST", "/api/v1/auth/sign-in",
        Json.write(new SignInRequest(user, password, "phone-1")), headers);
  }

  @Test
  void aCorrectPasswordGivesATokenThatOpensTheApi() {
    ApiClient.Reply r = signIn("tech1", TestServer.PASSWORD);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("role").asText()).isEqualTo("TECHNICIAN");
    ApiClient me = server.anonymous().withToken(r.json().get("token").asText());
    assertThat(me.get("/api/v1/auth/me").json().get("username").asText()).isEqualTo("tech1");
  }

  @Test
  void passwordsAndTokensAreStoredOnlyAsHashes() {
    String token = signIn("tech1", TestServer.PASSWORD).json().get("token").asText();
    String hash = server.db.read(c -> Jdbc.queryOne(c, "SELECT password_hash FROM app_user WHERE username = 'tech1'",
        rs -> rs.getString(1)).orElseThrow());
    assertThat(hash).startsWith("$argon2id$").doesNotContain(TestServer.PASSWORD);
    long tokensInClear = server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM user_session WHERE token_hash = ?",
        token));
    assertThat(tokensInClear).isZero();
  }

  @Test
  void aWrongPasswordIsRefusedInTheCallersLanguage() {
    ApiClient.Reply en = signIn("tech1", "wrong");
    assertThat(en.status()).isEqualTo(401);
    assertThat(en.json().get("code").asText()).isEqualTo("SIGN_IN_FAILED");
    ApiClient.Reply zh = signIn("tech1", "wrong", "Accept-Language", "zh-CN,zh;q=0.9");
    assertThat(zh.json().get("message").asText()).isEqualTo("用户名或密码错误。");
    assertThat(signIn("nobody", "wrong").status()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresAreSlowedDownUntilTheWaitIsOver() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FREE; i++) {
      assertThat(signIn("tech1", "wrong").status()).isEqualTo(401);
    }
    ApiClient.Reply throttled = signIn("tech1", TestServer.PASSWORD);
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
    clock.advance(Duration.ofSeconds(3));
    assertThat(signIn("tech1", TestServer.PASSWORD).status()).isEqualTo(200);
    assertThat(signIn("tech2", TestServer.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRefused() {
    ApiClient tech = server.as("tech1");
    assertThat(tech.get("/api/v1/sync/pull").status()).isEqualTo(200);
    clock.advance(Duration.ofHours(2));
    ApiClient.Reply r = tech.get("/api/v1/sync/pull");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().get("code").asText()).isEqualTo("UNAUTHORIZED");
  }

  @Test
  void signingOutRevokesTheTokenAndRenewingReplacesIt() {
    ApiClient tech = server.as("tech1");
    ApiClient.Reply renewed = tech.post("/api/v1/auth/renew", "{}");
    assertThat(renewed.status()).isEqualTo(200);
    ApiClient fresh = tech.withToken(renewed.json().get("token").asText());
    assertThat(fresh.token()).isNotEqualTo(tech.token());
    assertThat(fresh.post("/api/v1/auth/sign-out", "{}").status()).isEqualTo(204);
    assertThat(fresh.get("/api/v1/sync/pull").status()).isEqualTo(401);
    assertThat(tech.get("/api/v1/sync/pull").status()).as("signing out ends the renewed-from token too")
        .isEqualTo(401);
  }

  @Test
  void aRenewedTokenKeepsWorkingForTheGracePeriodThenIsRefused() {
    ApiClient tech = server.as("tech1");
    ApiClient fresh = tech.withToken(tech.post("/api/v1/auth/renew", "{}").json().get("token").asText());
    clock.advance(Duration.ofSeconds(119));
    assertThat(tech.get("/api/v1/sync/pull").status()).as("old token within 2 minutes").isEqualTo(200);
    clock.advance(Duration.ofSeconds(2));
    assertThat(tech.get("/api/v1/sync/pull").status()).as("old token after 2 minutes").isEqualTo(401);
    assertThat(tech.post("/api/v1/auth/renew", "{}").status()).as("renewing it after the grace").isEqualTo(401);
    assertThat(fresh.get("/api/v1/sync/pull").status()).isEqualTo(200);
  }

  @Test
  void aRenewalWhoseAnswerWasLostCanBeRepeatedAndAnswersTheSameToken() {
    ApiClient tech = server.as("tech1");
    ApiClient.Reply first = tech.post("/api/v1/auth/renew", "{}");
    clock.advance(Duration.ofSeconds(30));
    ApiClient.Reply again = tech.post("/api/v1/auth/renew", "{}");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("token").asText()).isEqualTo(first.json().get("token").asText());
    assertThat(again.json().get("expiresAt").asText()).isEqualTo(first.json().get("expiresAt").asText());
    long sessions = server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM user_session"));
    assertThat(sessions).as("sign-in + one renewal").isEqualTo(2);
    clock.advance(Duration.ofSeconds(91));
    assertThat(tech.get("/api/v1/sync/pull").status()).as("the retry did not extend the grace").isEqualTo(401);
    String token = first.json().get("token").asText();
    long inClear = server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM user_session WHERE successor_sealed"
        + " LIKE ? OR successor_hash = ?", "%" + token + "%", token));
    assertThat(inClear).as("the successor is stored sealed, never in clear").isZero();
  }

  @Test
  void concurrentRenewalsOfOneTokenOnPostgresqlAnswerOneSuccessor() throws Exception {
    try (TestServer pg = TestServer.start(Dialect.POSTGRESQL)) {
      ApiClient tech = pg.as("tech1");
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        java.util.concurrent.Callable<ApiClient.Reply> renew = () -> tech.post("/api/v1/auth/renew", "{}");
        var answers = pool.invokeAll(java.util.Collections.nCopies(8, renew));
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (var a : answers) {
          assertThat(a.get().status()).isEqualTo(200);
          tokens.add(a.get().json().get("token").asText());
        }
        assertThat(tokens).hasSize(1);
        assertThat(tech.withToken(tokens.iterator().next()).get("/api/v1/auth/me").status()).isEqualTo(200);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  void aDisabledUserCanNeitherSignInNorUseTheirTokens() {
    ApiClient tech = server.as("tech1");
    assertThat(server.server.auth().disable("tech1")).isTrue();
    assertThat(tech.get("/api/v1/sync/pull").status()).isEqualTo(401);
    assertThat(signIn("tech1", TestServer.PASSWORD).status()).isEqualTo(401);
  }

  @Test
  void missingOrForgedTokensAreRefused() {
    assertThat(server.anonymous().get("/api/v1/sync/pull").status()).isEqualTo(401);
    assertThat(server.anonymous().withToken("forged").get("/api/v1/sync/pull").status()).isEqualTo(401);
    assertThat(server.anonymous().call("GET", "/api/v1/events", null).status()).isEqualTo(401);
  }
}
