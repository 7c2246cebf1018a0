package com.fieldops.server.sync;

import com.fieldops.server.auth.Principal;
import io.javalin.http.sse.SseClient;

/**
 * {@code GET /api/v1/events}: a server-sent event stream; an event named {@code changes} with
 * {@code {"latestSeq": n}} means "pull now". Authenticated by the same bearer token (checked before
 * the stream opens). Optional {@code ?after=cursor}: poke at once if the caller is behind.
 */
public final class EventsController {
  private final ChangeNotifier notifier;

  public EventsController(ChangeNotifier notifier) {
    this.notifier = notifier;
  }

  public void connect(SseClient client) {
    Principal principal = com.fieldops.server.http.Requests.principal(client.ctx());
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
