package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.model.common.Ids;
import com.fieldops.model.json.Json;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.mutation.AddNote;
import com.fieldops.protocol.mutation.CreateWorkOrder;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.http.SyncServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;

/** Two server instances on one PostgreSQL database, as behind a load balancer. */
class TwoInstancesOnPostgresTest {

  private static ApiClient signIn(String base, String user) {
    ApiClient anon = new ApiClient(base, null, "d-" + user);
    ApiClient.Reply r = anon.post("/api/v1/auth/sign-in", Json.write(new SignInRequest(user, TestServer.PASSWORD,
        "d-" + user)));
    assertThat(r.status()).isEqualTo(200);
    return new ApiClient(base, r.json().get("token").asText(), "d-" + user);
  }

  @Test
  void aPushToOneInstancePokesAClientOfTheOtherAndConcurrentPushesToBothApplyExactlyOnce() throws Exception {
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        Database otherPool = Database.open(a.db.location(), "postgres", "postgres");
        SyncServer b = SyncServer.start(otherPool, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
            .withArgon2(1024, 1))) {
      String baseB = "http://127.0.0.1:" + b.port();
      ApiClient northOnA = a.as("disp-north");
      ApiClient northOnB = signIn(baseB, "disp-north");

      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      BlockingQueue<Boolean> open = new LinkedBlockingQueue<>();
      // from the current position, as a client does with its cursor
      long cursor = otherPool.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter WHERE id = 1"));
      EventSource source = EventSources.createFactory(ApiClient.HTTP.newBuilder().readTimeout(0, TimeUnit.SECONDS)
          .build()).newEventSource(new Request.Builder().url(baseB + "/api/v1/events?after=" + cursor)
          .header("Authorization", "Bearer " + northOnB.token()).build(), new EventSourceListener() {
            @Override
            public void onOpen(EventSource s, Response r) {
              open.add(true);
            }

            @Override
            public void onEvent(EventSource s, String id, String type, String data) {
              events.add(type);
            }
          });
      try {
        assertThat(open.poll(5, TimeUnit.SECONDS)).isTrue();
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
      } finally {
        source.cancel();
      }
    }
  }
}
