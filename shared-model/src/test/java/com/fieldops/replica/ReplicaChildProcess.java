package com.fieldops.replica;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The client as a separate process, to be killed: signs in, waits for its job, records
 * {@code count} notes (each one committed to the outbox before the next), writes a marker file,
 * and keeps syncing until killed.
 */
public final class ReplicaChildProcess {
  private ReplicaChildProcess() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    String server = args[1];
    UUID workOrder = UUID.fromString(args[2]);
    int count = Integer.parseInt(args[3]);
    Path marker = Path.of(args[4]);
    Replica replica = SyncTestSupport.signedIn(db, server, null, "tina");
    SyncTestSupport.await("the job", Duration.ofSeconds(30), () -> replica.workOrder(workOrder).isPresent());
    for (int i = 0; i < count; i++) {
      if (!replica.addNote(workOrder, "note " + i, false).isRecorded()) {
        throw new IllegalStateException("note " + i + " refused");
      }
    }
    Files.writeString(marker, "recorded " + count);
    Thread.sleep(Long.MAX_VALUE);
  }
}
