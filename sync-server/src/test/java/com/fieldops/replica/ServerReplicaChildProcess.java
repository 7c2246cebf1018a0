package com.fieldops.replica;

import com.fieldops.replica.sync.SignInOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The technician's app as its own process, to be killed: signs in, waits for the job, records
 * {@code count} notes offline (each committed to the outbox before the next), then goes online,
 * writes a marker, and keeps pushing until killed.
 */
public final class ServerReplicaChildProcess {
  private ServerReplicaChildProcess() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    UUID job = UUID.fromString(args[2]);
    int count = Integer.parseInt(args[3]);
    ReplicaConfig cfg = ReplicaConfig.of(db, args[1]).withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5))
        .withPushBatchSize(5).withInterceptors(List.of());
    // 1. online: sign in and receive the job
    try (Replica replica = Replicas.open(cfg)) {
      if (!(replica.signIn("tech1", RealServer.PASSWORD.toCharArray()).get() instanceof SignInOutcome.SignedIn)) {
        throw new IllegalStateException("sign-in failed");
      }
      Await.until("the job", Duration.ofSeconds(30), () -> replica.workOrders().workOrder(job).isPresent());
    }
    // 2. no signal: record every note into the outbox, so the kill surely finds some still pending
    try (Replica offline = Replicas.open(ReplicaConfig.of(db, null).withLocale(Locale.ENGLISH))) {
      for (int i = 0; i < count; i++) {
        if (!offline.workOrders().addNote(job, "note " + i, false).isRecorded()) {
          throw new IllegalStateException("note " + i + " refused");
        }
      }
    }
    // 3. signal again: push in small batches until killed (the session is kept in the file)
    Replica replica = Replicas.open(cfg);
    replica.start();
    Files.writeString(Path.of(args[4]), "recorded " + count + ", pushing");
    Thread.sleep(Long.MAX_VALUE);
  }
}
