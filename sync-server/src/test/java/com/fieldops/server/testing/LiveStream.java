package com.fieldops.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * A client's live-event stream ({@code /api/v1/events}), opened from the current change-log
 * position as a client does with its cursor: the server subscribes a stream only after its headers
 * are out, and a change in between is poked only to a client that says where it is. Each event is
 * queued as its type (with its data when asked); a stream the server ends or that fails says so.
 */
public final class LiveStream implements AutoCloseable {
  public final BlockingQueue<String> events = new LinkedBlockingQueue<>();
  private final EventSource source;

  private LiveStream(String base, String token, long cursor, boolean withData) throws InterruptedException {
    BlockingQueue<Boolean> open = new LinkedBlockingQueue<>();
    Request request = new Request.Builder().url(base + "/api/v1/events?after=" + cursor)
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
    source = EventSources.createFactory(ApiClient.HTTP.newBuilder().readTimeout(0, TimeUnit.SECONDS).build())
        .newEventSource(request, new EventSourceListener() {
          @Override
          public void onOpen(EventSource s, Response r) {
            open.add(true);
          }

          @Override
          public void onEvent(EventSource s, String id, String type, String data) {
            events.add(withData ? type + " " + data : type);
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
    assertThat(open.poll(5, TimeUnit.SECONDS)).as("the event stream opens").isTrue();
  }

  /** Opens the stream of the user signed in as {@code who}, from {@code db}'s current position. */
  public static LiveStream open(String base, ApiClient who, Database db, boolean withData) throws InterruptedException {
    long cursor = db.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter WHERE id = 1"));
    return new LiveStream(base, who.token(), cursor, withData);
  }

  @Override
  public void close() {
    source.cancel();
  }
}
