package com.fieldops.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.http.SyncServer;
import com.fieldops.server.storage.Database;

/** Another server instance on a {@link TestServer}'s PostgreSQL database, as behind a load balancer. */
public final class SecondInstance implements AutoCloseable {
  public final Database db;
  public final SyncServer server;
  public final String base;

  private SecondInstance(Database db, SyncServer server) {
    this.db = db;
    this.server = server;
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** Starts it on loopback with cheap password hashing; {@code notifyPollMillis} as the test needs. */
  public static SecondInstance of(TestServer first, long notifyPollMillis) {
    Database db = Database.open(first.db.location(), "postgres", "postgres");
    try {
      return new SecondInstance(db, SyncServer.start(db, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
          .withArgon2(1024, 1).withNotifyPollMillis(notifyPollMillis)));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** A client of this instance signed in as {@code user} (the world's password). */
  public ApiClient signIn(String user) {
    ApiClient.Reply r = new ApiClient(base, null, "d-" + user).post("/api/v1/auth/sign-in",
        Json.write(new SignInRequest(user, TestServer.PASSWORD, "d-" + user)));
    assertThat(r.status()).isEqualTo(200);
    return new ApiClient(base, r.json().get("token").asText(), "d-" + user);
  }

  /** The live-event stream of {@code user} on this instance. */
  public LiveStream listen(String user) throws InterruptedException {
    return LiveStream.open(base, signIn(user), db, false);
  }

  @Override
  public void close() {
    server.close();
    db.close();
  }
}
