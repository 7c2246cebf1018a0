package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas signed in to a fresh real server (SQLite unless a test says otherwise), one per test: each
 * signed-in replica has synced once before the test uses it, and all are closed with the server after
 * the test.
 */
abstract class OnRealServer {
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir
  Path dir;

  RealServer server;
  final List<Replica> open = new ArrayList<>();

  /** The server's database. */
  Dialect dialect() {
    return Dialect.SQLITE;
  }

  @BeforeEach
  void start() {
    server = new RealServer(dialect());
  }

  @AfterEach
  void stop() {
    open.forEach(Replica::close);
    server.close();
  }

  Replica signedIn(String user) throws Exception {
    return signedIn(user, null);
  }

  Replica signedIn(String user, FaultInjector faults) throws Exception {
    return synced(user, server.signedIn(dir, user, faults));
  }

  /** Closes {@code r} after the test, once it has synced for the first time. */
  Replica synced(String user, Replica r) throws InterruptedException {
    open.add(r);
    Await.until("first sync of " + user, WAIT, () -> r.syncStatus().lastSuccessfulSync() != null);
    return r;
  }
}
