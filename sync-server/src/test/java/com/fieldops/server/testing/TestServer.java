package com.fieldops.server.testing;

import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A real server on loopback port 0 over a fresh database with the {@link World} loaded and one
 * user per role: admin, disp-north, disp-south, tech1, tech2, tech3 (password "secret-pass").
 */
public final class TestServer implements AutoCloseable {
  public static final String PASSWORD = "secret-pass";

  public final Database db;
  public final FieldOpsServer server;
  public final World world = new World();
  public final String base;
  public final UUID adminId;

  private TestServer(Database db, Clock clock) {
    this(db, clock, s -> s);
  }

  private TestServer(Database db, Clock clock, java.util.function.UnaryOperator<ServerSettings> adjust) {
    this.db = db;
    ServerSettings settings = adjust.apply(ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
        .withArgon2(1024, 1).withTokenLifetime(Duration.ofHours(1)));
    server = FieldOpsServer.start(db, settings, clock);
    base = "http://127.0.0.1:" + server.port();
    new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(world.records());
    AuthService auth = server.auth();
    adminId = auth.addUser("admin", "Ada Admin", Role.ADMIN, null, null, PASSWORD).id();
    auth.addUser("disp-north", "Nora North", Role.DISPATCHER, "north", null, PASSWORD);
    auth.addUser("disp-south", "Sam South", Role.DISPATCHER, "south", null, PASSWORD);
    auth.addUser("tech1", "Tess One", Role.TECHNICIAN, null, world.tech1, PASSWORD);
    auth.addUser("tech2", "Tom Two", Role.TECHNICIAN, null, world.tech2, PASSWORD);
    auth.addUser("tech3", "Tia Three", Role.TECHNICIAN, null, world.tech3, PASSWORD);
  }

  public static TestServer start(Dialect dialect) {
    return new TestServer(TestDatabases.open(dialect), Clock.systemUTC());
  }

  /** A server whose settings the test adjusts (e.g. an SMTP server for the notification outbox). */
  public static TestServer start(Dialect dialect, java.util.function.UnaryOperator<ServerSettings> adjust) {
    return new TestServer(TestDatabases.open(dialect), Clock.systemUTC(), adjust);
  }

  public static TestServer start(Dialect dialect, Clock clock) {
    return new TestServer(TestDatabases.open(dialect), clock);
  }

  /** A server over {@code db}, an empty migrated database the caller controls (e.g. one it stops and starts). */
  public static TestServer on(Database db) {
    return new TestServer(db, Clock.systemUTC());
  }

  public ApiClient anonymous() {
    return new ApiClient(base, null, "test-device");
  }

  public ApiClient as(String username) {
    ApiClient.Reply r = anonymous().post("/api/v1/auth/sign-in",
        Json.write(new SignInRequest(username, PASSWORD, "device-" + username)));
    if (r.status() != 200) {
      throw new AssertionError("sign-in of " + username + " answered " + r.status() + ": " + r.body());
    }
    try {
      SignInResponse s = Json.mapper().readValue(r.body(), SignInResponse.class);
      return new ApiClient(base, s.token(), "device-" + username);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    db.close();
  }
}
