package com.fieldops.replica.sync;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;

/**
 * The server's live poke: any {@code changes} event (or a reconnect) asks for a sync; the data
 * still comes by pull. A lost stream reconnects after its own back-off.
 */
final class LiveStream {
  private final SyncHttp http;
  private final ScheduledExecutorService worker;
  private final Backoff backoff;
  private final LongSupplier cursor;
  private final Runnable poke;
  private final BooleanSupplier closed;
  private final BooleanSupplier signedIn;
  private volatile EventSource live;
  private volatile boolean connected;

  LiveStream(SyncHttp http, ScheduledExecutorService worker, Backoff backoff, LongSupplier cursor, Runnable poke,
      BooleanSupplier closed, BooleanSupplier signedIn) {
    this.http = http;
    this.worker = worker;
    this.backoff = backoff;
    this.cursor = cursor;
    this.poke = poke;
    this.closed = closed;
    this.signedIn = signedIn;
  }

  boolean connected() {
    return connected;
  }

  void open() {
    if (closed.getAsBoolean() || !signedIn.getAsBoolean()) {
      return;
    }
    live = http.events(cursor.getAsLong(), new EventSourceListener() {
      @Override
      public void onOpen(EventSource source, Response response) {
        if (source != live) {
          return;
        }
        connected = true;
        backoff.reset();
        poke.run(); // catch up on what happened while the stream was down
      }

      @Override
      public void onEvent(EventSource source, String id, String type, String data) {
        if (source == live) {
          poke.run();
        }
      }

      @Override
      public void onClosed(EventSource source) {
        lost(source);
      }

      @Override
      public void onFailure(EventSource source, Throwable t, Response response) {
        if (response != null && response.code() == 401) {
          poke.run(); // the cycle finds out about the session
        }
        lost(source);
      }
    });
  }

  void close() {
    EventSource es = live;
    live = null;
    connected = false;
    if (es != null) {
      es.cancel();
    }
  }

  private void lost(EventSource source) {
    if (source != live || closed.getAsBoolean()) {
      return;
    }
    connected = false;
    Duration delay = backoff.nextDelay();
    try {
      worker.schedule(() -> {
        if (source == live && !closed.getAsBoolean()) {
          open();
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException ignored) {
      // closing
    }
  }
}
