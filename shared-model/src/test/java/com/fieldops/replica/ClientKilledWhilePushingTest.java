package com.fieldops.replica;

import static com.fieldops.replica.SyncTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.model.common.Ids;
import com.fieldops.model.workorder.WorkOrderStatus;
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
 * Crash safety with a real process: the client JVM is killed (SIGKILL) while it pushes; a new
 * client process on the same replica file finishes the job. Nothing recorded is lost, nothing
 * is applied twice.
 */
class ClientKilledWhilePushingTest {
  static final int NOTES = 400;

  @TempDir
  Path dir;

  @Test
  void killingTheClientWhileItPushesLosesNothingAndDoublesNothing() throws Exception {
    ReplicaFixtures w = new ReplicaFixtures();
    UUID wo = Ids.newId();
    try (TestSyncServer server = SyncTestSupport.server(w, 50)) {
      server.seed(w.workOrder(wo, WorkOrderStatus.ASSIGNED, w.technicianId)).pushDelay(15).start(0);
      Path db = dir.resolve("tina.db");
      Path marker = dir.resolve("recorded");
      Process child = startChild(db, server.url(), wo, marker);
      try {
        await("the child recorded everything", Duration.ofSeconds(60), () -> Files.exists(marker) || !child.isAlive());
        assertThat(child.isAlive()).as("child alive").isTrue();
        await("the child is pushing", Duration.ofSeconds(30), () -> server.appliedTotal() >= 40);
        int appliedBeforeKill = server.appliedTotal();
        child.destroyForcibly().waitFor();
        assertThat(appliedBeforeKill).as("killed in the middle of pushing").isLessThan(NOTES);
      } finally {
        child.destroyForcibly();
      }

      server.pushDelay(0);
      try (Replica restarted = SyncTestSupport.replica(db, server.url(), null)) {
        restarted.start(); // the session kept in the replica file
        await("everything pushed after restart", Duration.ofSeconds(60),
            () -> restarted.syncStatus().pendingCount() == 0 && server.appliedTotal() >= NOTES);
        assertThat(restarted.syncStatus().rejected()).isEmpty();
      }

      List<String> texts = server.noteTexts(wo);
      assertThat(texts).hasSize(NOTES);
      assertThat(texts).containsExactlyInAnyOrderElementsOf(IntStream.range(0, NOTES).mapToObj(i -> "note " + i).toList());
      assertThat(server.applyCounts().values()).allMatch(n -> n == 1);
    }
  }

  private static Process startChild(Path db, String url, UUID wo, Path marker) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m",
        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        "-cp", System.getProperty("java.class.path"), ReplicaChildProcess.class.getName(),
        db.toString(), url, wo.toString(), Integer.toString(NOTES), marker.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(db.resolveSibling("child.log").toFile()).start();
  }
}
