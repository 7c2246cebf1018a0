package com.fieldops.server.sync;

import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/**
 * {@code GET /api/v1/events}: a server-sent event stream; an event named {@code changes} with
 * {@code {"latestSeq": n}} means "pull now". Authenticated by the same bearer token (checked before
 * the stream opens). Optional {@code ?after=cursor}: poke at once if the caller is behind.
 * A request without {@code Accept: text/event-stream} gets 406 rather than an empty 200 that
 * closes at once (which a client would take for a stream that keeps dropping).
 */
public final class EventsController {
  static final String EVENT_STREAM = "text/event-stream";

  private final ChangeNotifier notifier;
  private final SseHandler stream = new SseHandler(0, this::connect);

  public EventsController(ChangeNotifier notifier) {
    this.notifier = notifier;
  }

  /** The route's handler: opens the stream, or 406 for a caller that did not ask for one. */
  public void open(Context ctx) throws Exception {
    // Javalin opens the stream only for exactly this header; anything else would answer an empty 200
    if (!EVENT_STREAM.equals(ctx.header("Accept"))) {
      throw DomainException.of(DomainException.Kind.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "api.error.notAcceptable", null);
    }
    stream.handle(ctx);
  }

  public void connect(SseClient client) {
    Principal principal = Callers.of(client.ctx());
    Long after = null;
    String raw = client.ctx().queryParam("after");
    if (raw != null) {
      try {
        after = Long.parseLong(raw);
      } catch (NumberFormatException ignored) {
        // a bad cursor only means "from now on"
      }
    }
    notifier.subscribe(client, principal.pullScope(), after);
  }
}
