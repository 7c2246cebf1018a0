package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationResult;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.LiveStream;
import com.fieldops.server.testing.SecondInstance;
import com.fieldops.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two server instances on one PostgreSQL database, as behind a load balancer. */
class TwoInstancesOnPostgresTest {

  @Test
  void aPushToOneInstancePokesAClientOfTheOtherAndConcurrentPushesToBothApplyExactlyOnce() throws Exception {
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        SecondInstance b = SecondInstance.of(a, ServerSettings.defaults().notifyPollMillis())) {
      ApiClient northOnA = a.as("disp-north");
      ApiClient northOnB = b.signIn("disp-north");
      try (LiveStream stream = LiveStream.open(b.base, northOnB, b.db, false)) {
        BlockingQueue<String> events = stream.events;
        UUID wo = Ids.newId();
        long start = System.nanoTime();
        MutationResult created = northOnA.push("CreateWorkOrder", wo, new CreateWorkOrder(a.world.customer,
            a.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, null, "Pump", null, null, null));
        assertThat(created.isApplied()).isTrue();
        assertThat(events.poll(1500, TimeUnit.MILLISECONDS)).isEqualTo("changes");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the poke").isLessThan(1500);

        int threads = 8;
        int pushesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          ApiClient via = t % 2 == 0 ? northOnA : northOnB;
          futures.add(pool.submit(() -> {
            for (int p = 0; p < pushesEach; p++) {
              var results = via.push(List.of(via.envelope("AddNote", wo, new AddNote(Ids.newId(), "n", false)),
                  via.envelope("AddNote", wo, new AddNote(Ids.newId(), "m", false)))).results();
              assertThat(results).allMatch(MutationResult::isApplied);
            }
            return null;
          }));
        }
        for (Future<?> f : futures) {
          f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long notes = a.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note'"));
        long last = a.db.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter"));
        long rows = a.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log"));
        assertThat(notes).isEqualTo(threads * pushesEach * 2L);
        assertThat(rows).as("gap-free across instances").isEqualTo(last);
        assertThat(northOnB.pullAll(0).ids("Note")).hasSize(threads * pushesEach * 2);
      }
    }
  }
}
