package com.fieldops.server.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.http.Locales;
import com.fieldops.server.http.Requests;
import com.fieldops.server.storage.ChangePage;
import com.fieldops.server.storage.LoggedChange;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** HTTP in and out for push and pull; the work is done by the services. */
public final class SyncController {
  private static final Logger LOG = LoggerFactory.getLogger(SyncController.class);
  private final PushService push;
  private final PullService pull;
  private final WorkingSetService workingSet;

  public SyncController(PushService push, PullService pull, WorkingSetService workingSet) {
    this.push = push;
    this.pull = pull;
    this.workingSet = workingSet;
  }

  public void push(Context ctx) {
    Principal principal = Callers.of(ctx);
    PushRequest request = Requests.body(ctx, PushRequest.class);
    long start = System.nanoTime();
    PushResponse response = push.push(principal.actor(), Locales.of(ctx), request);
    long applied = response.results().stream().filter(MutationResult::isApplied).count();
    LOG.atInfo().setMessage("push").addKeyValue("event", "push.batch").addKeyValue("user", principal.username())
        .addKeyValue("device", principal.deviceId()).addKeyValue("mutations", response.results().size())
        .addKeyValue("applied", applied).addKeyValue("rejected", response.results().size() - applied)
        .addKeyValue("ms", (System.nanoTime() - start) / 1_000_000).log();
    ctx.json(response);
  }

  /** {@code GET /api/v1/sync/pull?after=N&limit=M}: entity data is streamed as stored, not re-parsed. */
  public void pull(Context ctx) throws IOException {
    Principal principal = Callers.of(ctx);
    long after = Requests.longParam(ctx, "after", 0, 0, Long.MAX_VALUE);
    int limit = (int) Requests.longParam(ctx, "limit", PullService.DEFAULT_PAGE, 1, PullService.MAX_PAGE);
    write(ctx, pull.pull(principal.pullScope(), after, limit));
  }

  /**
   * {@code GET /api/v1/sync/working-set}: what a technician's first sign-in shows before their whole
   * scope arrives, as one pull page (docs/decisions/0031); empty for office users.
   */
  public void workingSet(Context ctx) throws IOException {
    Principal principal = Callers.of(ctx);
    write(ctx, workingSet.workingSet(principal.pullScope()));
  }

  private static void write(Context ctx, ChangePage page) throws IOException {
    StringWriter out = new StringWriter(Math.max(256, page.changes().size() * 600));
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("changes");
      for (LoggedChange c : page.changes()) {
        g.writeStartObject();
        g.writeNumberField("seq", c.seq());
        g.writeStringField("entityType", c.entityType());
        g.writeStringField("entityId", c.entityId().toString());
        g.writeNumberField("version", c.version());
        g.writeStringField("op", c.op().name());
        if (c.data() != null) {
          g.writeFieldName("data");
          g.writeRawValue(c.data());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("cursor", page.cursor());
      g.writeBooleanField("hasMore", page.hasMore());
      g.writeEndObject();
    }
    ctx.contentType("application/json").result(out.toString());
  }
}
