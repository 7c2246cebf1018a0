package com.fieldops.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.model.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.MutableClock;
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
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
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
    assertThat(tech.get("/api/v1/sync/pull").status()).isEqualTo(401);
    ApiClient fresh = tech.withToken(renewed.json().get("token").asText());
    assertThat(fresh.post("/api/v1/auth/sign-out", "{}").status()).isEqualTo(204);
    assertThat(fresh.get("/api/v1/sync/pull").status()).isEqualTo(401);
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
