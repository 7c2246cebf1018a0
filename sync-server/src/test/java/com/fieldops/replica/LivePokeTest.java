package com.fieldops.replica;

import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.server.storage.Dialect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's event stream makes a replica pull at once: no waiting for the (here: 10-minute) poll. */
class LivePokeTest {
  @TempDir
  Path dir;

  @Test
  void aTechnicianSeesANewJobWithinASecondWithoutPolling() throws Exception {
    try (RealServer server = new RealServer(Dialect.SQLITE);
         Replica nora = server.signedIn(dir, "disp-north", null);
         Replica tess = Replicas.open(ReplicaConfig.of(dir.resolve("tess.db"), server.url()).withLocale(Locale.ENGLISH)
             .withTiming(Duration.ofMinutes(10), Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(5))
             .withInterceptors(List.of()))) {
      assertThat(tess.signIn("tech1", RealServer.PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);
      Await.until("first syncs", Duration.ofSeconds(10), () -> tess.syncStatus().lastSuccessfulSync() != null
          && nora.syncStatus().lastSuccessfulSync() != null);
      Thread.sleep(500); // the stream is open

      UUID job = ((CommandOutcome.Recorded) nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
          server.world.northSite, null, null, WorkOrderType.INSPECTION, Priority.P3, "Yearly check", null, null, null,
          server.world.tech1))).entityId();
      Await.until("pushed", Duration.ofSeconds(5), () -> nora.syncStatus().pendingCount() == 0);
      long pushedAt = System.nanoTime();

      Await.until("the technician has the new job", Duration.ofSeconds(3), () -> tess.workOrders().workOrder(job).isPresent());
      assertThat(Duration.ofNanos(System.nanoTime() - pushedAt)).isLessThan(Duration.ofMillis(1500));
    }
  }
}
