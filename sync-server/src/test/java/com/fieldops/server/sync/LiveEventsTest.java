package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.model.common.Ids;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.protocol.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;

class LiveEventsTest {

  private EventSource listen(TestServer server, ApiClient who, BlockingQueue<String> events) throws Exception {
    BlockingQueue<Boolean> open = new LinkedBlockingQueue<>();
    // from the current position, as a client does with its cursor (the stream's headers go out
    // before the server subscribes it: a change in between is poked only to a client that says where it is)
    long cursor = server.db.read(c -> com.fieldops.server.storage.Jdbc.queryLong(c,
        "SELECT last_seq FROM change_counter WHERE id = 1"));
    Request request = new Request.Builder().url(server.base + "/api/v1/events?after=" + cursor)
        .header("Authorization", "Bearer " + who.token()).header("Accept", "text/event-stream").build();
    EventSource source = EventSources.createFactory(ApiClient.HTTP.newBuilder().readTimeout(0, TimeUnit.SECONDS)
        .build()).newEventSource(request, new EventSourceListener() {
          @Override
          public void onOpen(EventSource eventSource, Response response) {
            open.add(true);
          }

          @Override
          public void onEvent(EventSource eventSource, String id, String type, String data) {
            events.add(type + " " + data);
          }
        });
    assertThat(open.poll(5, TimeUnit.SECONDS)).isTrue();
    return source;
  }

  @Test
  void aConnectedClientIsPokedWithinASecondWhenChangesInItsScopeAreWaiting() throws Exception {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient north = server.as("disp-north");
      BlockingQueue<String> northEvents = new LinkedBlockingQueue<>();
      BlockingQueue<String> southEvents = new LinkedBlockingQueue<>();
      EventSource a = listen(server, north, northEvents);
      EventSource b = listen(server, server.as("disp-south"), southEvents);
      try {
        long start = System.nanoTime();
        north.push("CreateWorkOrder", Ids.newId(), new CreateWorkOrder(server.world.customer, server.world.northSite,
            null, null, WorkOrderType.REPAIR, Priority.P1, null, "No heating", null, null, null));
        String event = northEvents.poll(1, TimeUnit.SECONDS);
        assertThat(event).startsWith("changes ").contains("latestSeq");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(southEvents.poll(600, TimeUnit.MILLISECONDS)).as("south office has nothing waiting").isNull();
      } finally {
        a.cancel();
        b.cancel();
      }
    }
  }
}
