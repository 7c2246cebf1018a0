package com.fieldops.replica;

import com.fieldops.model.user.Role;
import com.fieldops.protocol.mutation.Actor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Helpers for replica tests against a real HTTP server. */
public final class SyncTestSupport {
  private SyncTestSupport() {}

  /** A replica with short timings (tests must not wait minutes for a back-off). */
  public static Replica replica(Path file, String serverUrl, FaultInjector faults) {
    ReplicaConfig cfg = ReplicaConfig.of(file, serverUrl)
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(3))
        .withPushBatchSize(7)
        .withInterceptors(faults == null ? List.of() : List.of(faults));
    return Replicas.open(cfg);
  }

  public static Replica signedIn(Path file, String serverUrl, FaultInjector faults, String user) throws Exception {
    Replica r = replica(file, serverUrl, faults);
    SignInOutcome outcome = r.signIn(user, "secret".toCharArray()).get();
    if (!(outcome instanceof SignInOutcome.SignedIn)) {
      throw new AssertionError("sign-in failed: " + outcome);
    }
    return r;
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(20);
    }
    if (!condition.getAsBoolean()) {
      throw new AssertionError("timed out waiting for: " + what);
    }
  }

  /** Accounts and seed data of {@link ReplicaFixtures} on a test server. */
  public static TestSyncServer server(ReplicaFixtures w, int pageSize) {
    TestSyncServer s = new TestSyncServer(pageSize)
        .account("tina", "secret", new Actor(w.techUserId, Role.TECHNICIAN, w.technicianId, null))
        .account("dora", "secret", new Actor(w.dispatcherUserId, Role.DISPATCHER, null, ReplicaFixtures.REGION))
        .account("dan", "secret", new Actor(w.otherDispatcherUserId, Role.DISPATCHER, null, ReplicaFixtures.REGION))
        .account("otto", "secret", new Actor(w.otherTechUserId, Role.TECHNICIAN, w.otherTechnicianId, null));
    s.seed(w.customer()).seed(w.site())
        .seed(w.technician(w.technicianId, w.techUserId, "Tina Tech"))
        .seed(w.technician(w.otherTechnicianId, w.otherTechUserId, "Otto Other"));
    return s;
  }
}
