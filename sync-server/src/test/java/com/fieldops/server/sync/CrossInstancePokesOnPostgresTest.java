package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fieldops.model.common.Ids;
import com.fieldops.model.json.Json;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.mutation.CreateWorkOrder;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.http.SyncServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;

/** Live pokes between two instances on one PostgreSQL database travel by LISTEN/NOTIFY. */
class CrossInstancePokesOnPostgresTest {

  private static ApiClient signIn(String base, String user) {
    ApiClient.Reply r = new ApiClient(base, null, "d-" + user).post("/api/v1/auth/sign-in",
        Json.write(new SignInRequest(user, TestServer.PASSWORD, "d-" + user)));
    assertThat(r.status()).isEqualTo(200);
    return new ApiClient(base, r.json().get("token").asText(), "d-" + user);
  }

  /**
   * Opens the event stream from the change-log position read just before, as a real client does
   * with its cursor: the stream can be open before the server has subscribed it, and a commit in
   * between would otherwise never be poked (the subscription would start after it).
   */
  private static EventSource listen(String base, ApiClient who, BlockingQueue<String> events, Database db)
      throws Exception {
    long cursor = db.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter WHERE id = 1"));
    BlockingQueue<Boolean> open = new LinkedBlockingQueue<>();
    EventSource source = EventSources.createFactory(ApiClient.HTTP.newBuilder().readTimeout(0, TimeUnit.SECONDS)
        .build()).newEventSource(new Request.Builder().url(base + "/api/v1/events?after=" + cursor)
        .header("Authorization", "Bearer " + who.token()).build(), new EventSourceListener() {
          @Override
          public void onOpen(EventSource s, Response r) {
            open.add(true);
          }

          @Override
          public void onEvent(EventSource s, String id, String type, String data) {
            events.add(type);
          }

          @Override
          public void onClosed(EventSource s) {
            events.add("stream closed by the server");
          }

          @Override
          public void onFailure(EventSource s, Throwable t, Response r) {
            if (t != null || r != null) {
              events.add("stream failed: " + t + " " + (r == null ? "" : r.code()));
            }
          }
        });
    assertThat(open.poll(5, TimeUnit.SECONDS)).isTrue();
    return source;
  }

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
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        Database otherPool = Database.open(a.db.location(), "postgres", "postgres");
        // B polls once a minute: only LISTEN/NOTIFY can poke its clients within a second
        SyncServer b = SyncServer.start(otherPool, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
            .withArgon2(1024, 1).withNotifyPollMillis(60_000))) {
      String baseB = "http://127.0.0.1:" + b.port();
      await().atMost(Duration.ofSeconds(10)).until(b::listeningAcrossInstances);
      ApiClient northOnA = a.as("disp-north");
      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      EventSource source = listen(baseB, signIn(baseB, "disp-north"), events, otherPool);
      try {
        // the first poke warms both instances' connections and code paths; it is not timed
        events.clear();
        createJob(a, northOnA);
        assertThat(events.poll(10, TimeUnit.SECONDS)).as("first poke on instance B").isEqualTo("changes");
        for (int i = 0; i < 3; i++) {
          assertThat(millisUntilPoked(a, northOnA, events)).as("ms from push on A to poke on B").isLessThan(1000);
        }
        String metrics = new ApiClient(baseB, null, "m").get("/metrics").body();
        assertThat(metrics).contains("fieldops_live_listening 1.0");
      } finally {
        source.cancel();
      }
    }
  }

  @Test
  void whenTheListeningConnectionDropsPokesStillArriveByPollingAndListeningResumes() throws Exception {
    try (TestServer a = TestServer.start(Dialect.POSTGRESQL);
        Database otherPool = Database.open(a.db.location(), "postgres", "postgres");
        SyncServer b = SyncServer.start(otherPool, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
            .withArgon2(1024, 1).withNotifyPollMillis(300))) {
      String baseB = "http://127.0.0.1:" + b.port();
      await().atMost(Duration.ofSeconds(10)).until(b::listeningAcrossInstances);
      ApiClient northOnA = a.as("disp-north");
      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      EventSource source = listen(baseB, signIn(baseB, "disp-north"), events, otherPool);
      try {
        long killed = a.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
            + " WHERE application_name = 'fieldops-listen' AND datname = current_database()"));
        assertThat(killed).as("listening connections of A and B").isEqualTo(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> !b.listeningAcrossInstances());
        assertThat(millisUntilPoked(a, northOnA, events)).as("poke while not listening").isLessThan(1500);
        await().atMost(Duration.ofSeconds(15)).until(b::listeningAcrossInstances);
        assertThat(millisUntilPoked(a, northOnA, events)).as("poke after reconnecting").isLessThan(1000);
      } finally {
        source.cancel();
      }
    }
  }
}
