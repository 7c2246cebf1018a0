package com.fieldops.replica;

import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.server.storage.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety against the real server: the technician's app process is killed (SIGKILL) while it
 * pushes; started again on the same replica file it finishes. Every note arrives exactly once.
 */
class ClientProcessKilledWhilePushingTest {
  static final int NOTES = 300;

  @TempDir
  Path dir;

  @Test
  void killingTheAppWhileItPushesLosesNothingAndDoublesNothing() throws Exception {
    try (RealServer server = new RealServer(Dialect.SQLITE);
         Replica nora = server.signedIn(dir, "disp-north", null)) {
      Await.until("first sync", Duration.ofSeconds(10), () -> nora.syncStatus().lastSuccessfulSync() != null);
      UUID job = ((CommandOutcome.Recorded) nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
          server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, "Leaking valve", null, null, null,
          server.world.tech1))).entityId();
      Await.until("job on the server", Duration.ofSeconds(10), () -> nora.syncStatus().pendingCount() == 0);

      Path db = dir.resolve("tech1-phone.db");
      Path marker = dir.resolve("recorded");
      Process app = start(db, server.url(), job, marker);
      try {
        Await.until("recorded and pushing", Duration.ofSeconds(60), () -> !app.isAlive() || Files.exists(marker));
        assertThat(app.isAlive()).as("the app runs until killed").isTrue();
        Thread.sleep(40); // let the first batches leave; 300 notes in batches of 5 take far longer
        app.destroyForcibly().waitFor();
      } finally {
        app.destroyForcibly();
      }
      int pendingAtKill;
      try (Replica reopened = server.replica(db, null)) {
        pendingAtKill = reopened.syncStatus().pendingCount();
        reopened.start(); // the session is kept in the replica file
        Await.until("everything pushed after the restart", Duration.ofSeconds(60),
            () -> reopened.syncStatus().pendingCount() == 0, () -> reopened.syncStatus().toString());
        assertThat(reopened.syncStatus().rejected()).isEmpty();
      }
      assertThat(pendingAtKill).as("killed while notes were still pending").isPositive();

      Await.until("the dispatcher sees all notes", Duration.ofSeconds(30), () -> {
        nora.syncNow();
        return notesOnServer(nora, job) >= NOTES;
      });
      List<String> texts = nora.workOrders().workOrder(job).orElseThrow().notes().stream().map(n -> n.text()).toList();
      assertThat(texts).hasSize(NOTES);
      assertThat(texts).containsExactlyInAnyOrderElementsOf(IntStream.range(0, NOTES).mapToObj(i -> "note " + i).toList());
    }
  }

  private static int notesOnServer(Replica nora, UUID job) {
    return nora.workOrders().workOrder(job).map(d -> d.notes().size()).orElse(0);
  }

  private static Process start(Path db, String url, UUID job, Path marker) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", System.getProperty("java.class.path"), ServerReplicaChildProcess.class.getName(),
        db.toString(), url, job.toString(), Integer.toString(NOTES), marker.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(db.resolveSibling("app.log").toFile()).start();
  }
}
