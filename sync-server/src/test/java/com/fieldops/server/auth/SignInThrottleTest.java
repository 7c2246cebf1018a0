package com.fieldops.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.config.SignInLimits;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Guessing is slowed per account, per address and for everyone; a stranger can delay a named user
 * only up to the cap; password checks run a few at a time; a failed sign-in never logs what was typed.
 */
class SignInThrottleTest {
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

  private ApiClient.Reply signIn(String user, String password) {
    return server.anonymous().call("POST", "/api/v1/auth/sign-in",
        Json.write(new SignInRequest(user, password, "phone-1")));
  }

  @Test
  void tenUsersTimesThreeWrongGuessesFromOneAddressAreThrottled() {
    List<Integer> answers = new ArrayList<>();
    for (int guess = 0; guess < 3; guess++) {
      for (int user = 0; user < 10; user++) {
        answers.add(signIn(user < 3 ? "tech" + (user + 1) : "staff" + user, "guess-" + guess).status());
      }
    }
    assertThat(answers).as("each account got only 3 wrong guesses, but all came from one address")
        .containsOnly(401, 429);
    assertThat(answers.stream().filter(s -> s == 401).count()).isEqualTo(SignInThrottle.ADDRESS_FREE);
    ApiClient.Reply refused = signIn("staff9", "guess-4");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, SignInThrottle.MAX_WAIT_SECONDS);
  }

  @Test
  void aStrangerCannotLockANamedUserOutLongerThanTheCap() {
    long longestWait = 0;
    int wrongGuesses = 0;
    while (wrongGuesses < 40) {
      ApiClient.Reply r = signIn("tech1", "stranger-guess-" + wrongGuesses);
      if (r.status() == 429) {
        long wait = Long.parseLong(r.header("Retry-After"));
        longestWait = Math.max(longestWait, wait);
        clock.advance(Duration.ofSeconds(wait));
      } else {
        assertThat(r.status()).isEqualTo(401);
        wrongGuesses++;
      }
    }
    assertThat(longestWait).as("the longest wait the stranger caused").isEqualTo(SignInThrottle.MAX_WAIT_SECONDS);
    assertThat(signIn("tech1", TestServer.PASSWORD).status()).as("right after the stranger's last guess")
        .isEqualTo(429);
    clock.advance(Duration.ofSeconds(SignInThrottle.MAX_WAIT_SECONDS));
    assertThat(signIn("tech1", TestServer.PASSWORD).status()).as("the cap after the stranger's last guess")
        .isEqualTo(200);
  }

  @Test
  void behindATrustedLoadBalancerEachClientIsCountedByItsOwnAddressAndStrangersCannotForgeIt() {
    AuthService auth = new AuthService(server.db, clock, PasswordHasher.fastForTests(), Duration.ofHours(1),
        Duration.ofMinutes(2), new SignInLimits(2, 4, Duration.ofSeconds(3), java.util.List.of("10.9.9.9")));
    String guesser = auth.clientAddress("10.9.9.9", "203.0.113.7");
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 3; j++) {
        attempt(auth, "user" + i, "wrong", guesser);
      }
    }
    assertThat(attempt(auth, "user99", "wrong", guesser).status()).as("the guesser behind the balancer")
        .isEqualTo(429);
    String colleague = auth.clientAddress("10.9.9.9", "198.51.100.4");
    assertThat(auth.signIn(new SignInRequest("tech2", TestServer.PASSWORD, "d"), colleague).token())
        .as("another client behind the same balancer").isNotNull();
    assertThat(auth.clientAddress("203.0.113.7", "198.51.100.4")).as("a header from outside is ignored")
        .isEqualTo("203.0.113.7");
    assertThat(auth.clientAddress("10.9.9.9", "198.51.100.4, 203.0.113.7"))
        .as("the entry the balancer wrote, not one the client prepended").isEqualTo("203.0.113.7");
  }

  private static ApiException attempt(AuthService auth, String user, String password, String address) {
    return catchThrowableOfType(ApiException.class,
        () -> auth.signIn(new SignInRequest(user, password, "d"), address));
  }

  @Test
  void whenEveryPasswordCheckIsTakenAndNoneMayWaitASignInIsToldToComeBackAtOnce() throws Exception {
    HashingGate gate = new HashingGate(new SignInLimits(1, 0, Duration.ofSeconds(5), java.util.List.of()));
    CountDownLatch checking = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    var pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> first = pool.submit(() -> gate.check(() -> {
        checking.countDown();
        await(release);
        return true;
      }));
      assertThat(checking.await(5, TimeUnit.SECONDS)).isTrue();
      long started = System.nanoTime();
      ApiException busy = catchThrowableOfType(ApiException.class, () -> gate.check(() -> true));
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(busy.status()).isEqualTo(429);
      assertThat(busy.code()).isEqualTo("SIGN_IN_BUSY");
      assertThat(busy.args()).containsExactly(HashingGate.RETRY_AFTER_SECONDS);
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
      assertThat(gate.check(() -> true)).as("the permit is back").isTrue();
      assertThat(gate.admitted()).isZero();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aFailedSignInNeitherLogsNorStoresWhatWasTypedAsTheUserName() {
    Logger logger = (Logger) LoggerFactory.getLogger(AuthService.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    ch.qos.logback.classic.Level level = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    logger.addAppender(captured);
    try {
      String typed = "Hunter2-Typed-Into-The-Name";
      assertThat(signIn(typed, "whatever").status()).isEqualTo(401);
      assertThat(signIn("tech1", "wrong").status()).isEqualTo(401);

      assertThat(captured.list).hasSize(2);
      for (ILoggingEvent e : captured.list) {
        assertThat(render(e)).contains("event=signin.failed").containsPattern("userRef=[0-9a-f]{8}")
            .doesNotContainIgnoringCase("hunter2").doesNotContain("tech1").doesNotContain("whatever");
      }
      assertThat(render(captured.list.get(0))).contains("reason=unknown_user");
      assertThat(render(captured.list.get(1))).contains("reason=wrong_password");
      long stored = server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM security_event WHERE username LIKE ?"
          + " OR user_id LIKE ? OR device_id LIKE ?", "%unter2%", "%unter2%", "%unter2%"))
          + server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM sign_in_failure WHERE username LIKE ?",
          "%unter2%"));
      assertThat(stored).as("rows holding the typed name").isZero();
    } finally {
      logger.detachAppender(captured);
      logger.setLevel(level);
    }
  }

  private static String render(ILoggingEvent e) {
    StringBuilder line = new StringBuilder(e.getFormattedMessage());
    if (e.getKeyValuePairs() != null) {
      e.getKeyValuePairs().forEach(kv -> line.append(' ').append(kv.key).append('=').append(kv.value));
    }
    return line.toString();
  }
}
