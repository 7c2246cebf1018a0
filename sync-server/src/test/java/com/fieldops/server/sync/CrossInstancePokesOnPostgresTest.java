package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.LiveStream;
import com.fieldops.server.testing.SecondInstance;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Live pokes between two instances on one PostgreSQL database travel by LISTEN/NOTIFY. */
class CrossInstancePokesOnPostgresTest {

  private static void createJob(TestServer a, ApiClient via) {
    assertThat(via.push("CreateWorkOrder", Ids.newId(), new CreateWorkOrder(a.world.customer, a.world.northSite, null,
        null, WorkOrderType.REPAIR, Priority.P2, null, "Pump", null, null, null)).isApplied()).isTrue();
  }

  private static long millisUntilPoked(TestServer a, ApiClient northOnA, BlockingQueue<String> events)
      throws InterruptedException {
    events.clear();
    long start = System.nanoTime();
    createJob(a, northOnA);
    String event = events.poll(3, TimeUnit.SECONDS);
    assertThat(event).as("poke on instance B").isEqualTo("changes");
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aPushToInstanceAPokesAStreamOnInstanceBWithinASecondThroughListenNotPolling() throws Exception {
    // B polls once a minute: only LISTEN/NOTIFY can poke its clients within a second
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        SecondInstance b = SecondInstance.of(a, 60_000)) {
      await().atMost(Duration.ofSeconds(10)).until(b.server::listeningAcrossInstances);
      ApiClient northOnA = a.as("disp-north");
      try (LiveStream stream = b.listen("disp-north")) {
        // the first poke warms both instances' connections and code paths; it is not timed
        stream.events.clear();
        createJob(a, northOnA);
        assertThat(stream.events.poll(10, TimeUnit.SECONDS)).as("first poke on instance B").isEqualTo("changes");
        for (int i = 0; i < 3; i++) {
          assertThat(millisUntilPoked(a, northOnA, stream.events)).as("ms from push on A to poke on B")
              .isLessThan(1000);
        }
        String metrics = new ApiClient(b.base, null, "m").get("/metrics").body();
        assertThat(metrics).contains("fieldops_live_listening 1.0");
      }
    }
  }

  @Test
  void whenTheListeningConnectionDropsPokesStillArriveByPollingAndListeningResumes() throws Exception {
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        SecondInstance b = SecondInstance.of(a, 300)) {
      await().atMost(Duration.ofSeconds(10)).until(b.server::listeningAcrossInstances);
      ApiClient northOnA = a.as("disp-north");
      try (LiveStream stream = b.listen("disp-north")) {
        long killed = a.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE application_name = 'fieldops-listen' AND datname = current_database()"));
        assertThat(killed).as("listening connections of A and B").isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> !b.server.listeningAcrossInstances());
        assertThat(millisUntilPoked(a, northOnA, stream.events)).as("poke while not listening").isLessThan(1500);
        await().atMost(Duration.ofSeconds(15)).until(b.server::listeningAcrossInstances);
        assertThat(millisUntilPoked(a, northOnA, stream.events)).as("poke after reconnecting").isLessThan(1000);
      }
    }
  }
}
