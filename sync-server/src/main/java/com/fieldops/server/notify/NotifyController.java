package com.fieldops.server.notify;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.http.Locales;
import com.fieldops.server.http.Requests;
import com.fieldops.server.storage.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Admin API of the notification outbox: what is pending, sent or dead, sending a dead entry
 * again, and the office mailboxes / webhooks that hear about escalations.
 *
 * <pre>
 * GET    /api/v1/admin/notifications?state=DEAD&amp;limit=100
 * POST   /api/v1/admin/notifications/{id}/retry
 * GET    /api/v1/admin/notify/recipients
 * POST   /api/v1/admin/notify/recipients   {target, region?, channel, address, locale, secret?}
 * DELETE /api/v1/admin/notify/recipients/{id}
 * </pre>
 */
public final class NotifyController {
  private final Database db;
  private final Clock clock;
  private final NotificationOutbox outbox;
  private final Recipients recipients = new Recipients();

  public NotifyController(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.outbox = new NotificationOutbox(db.dialect());
  }

  /** A recipient as an admin sends it. */
  public record RecipientInput(String target, String region, String channel, String address, String locale,
      String secret) {}

  public void register(Javalin app) {
    app.get("/api/v1/admin/notifications", this::list);
    app.post("/api/v1/admin/notifications/{id}/retry", this::retry);
    app.get("/api/v1/admin/notify/recipients", this::recipients);
    app.post("/api/v1/admin/notify/recipients", this::addRecipient);
    app.delete("/api/v1/admin/notify/recipients/{id}", this::removeRecipient);
  }

  private void list(Context ctx) {
    requireAdmin(ctx);
    String raw = ctx.queryParam("state");
    NotificationState state;
    try {
      state = raw == null ? NotificationState.DEAD : NotificationState.valueOf(raw);
    } catch (IllegalArgumentException e) {
      throw invalid(ctx, "state", "notification.state.invalid");
    }
    int limit = (int) Requests.longParam(ctx, "limit", 100, 1, 1000);
    List<Notification> rows = db.read(c -> outbox.byState(c, state, limit));
    ctx.json(Map.of("state", state, "notifications", rows));
  }

  private void retry(Context ctx) {
    requireAdmin(ctx);
    UUID id = pathId(ctx);
    boolean ok = db.write(c -> outbox.retry(c, id, clock.instant()));
    if (!ok) {
      throw new ApiException(404, "NOT_FOUND", "api.error.notFound", null, ctx.path());
    }
    ctx.json(Map.of("id", id, "state", NotificationState.PENDING));
  }

  private void recipients(Context ctx) {
    requireAdmin(ctx);
    List<Recipient> all = db.read(recipients::all);
    // secrets are write-only
    ctx.json(all.stream().map(r -> new Recipient(r.id(), r.target(), r.region(), r.channel(), r.address(),
        r.locale(), r.secret() == null ? null : "********")).toList());
  }

  private void addRecipient(Context ctx) {
    requireAdmin(ctx);
    RecipientInput in = Requests.body(ctx, RecipientInput.class);
    Recipient r = validate(ctx, in);
    db.write(c -> {
      recipients.add(c, r, clock.instant());
      return null;
    });
    ctx.status(201).result(Json.write(Map.of("id", r.id()))).contentType("application/json");
  }

  private void removeRecipient(Context ctx) {
    requireAdmin(ctx);
    UUID id = pathId(ctx);
    if (!db.write(c -> recipients.remove(c, id))) {
      throw new ApiException(404, "NOT_FOUND", "api.error.notFound", null, ctx.path());
    }
    ctx.status(204);
  }

  private Recipient validate(Context ctx, RecipientInput in) {
    List<String> targets = List.of("ASSIGNEE", "DISPATCHER", "SUPERVISOR", "CUSTOMER_CONTACT", Recipient.ANY);
    if (in.target() == null || !targets.contains(in.target())) {
      throw invalid(ctx, "target", "recipient.target.invalid");
    }
    Channel channel;
    try {
      channel = Channel.valueOf(String.valueOf(in.channel()));
    } catch (IllegalArgumentException e) {
      throw invalid(ctx, "channel", "recipient.channel.invalid");
    }
    String address = in.address() == null ? "" : in.address().trim();
    if (channel == Channel.EMAIL && !address.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      throw invalid(ctx, "address", "recipient.address.email");
    }
    if (channel == Channel.WEBHOOK && !isHttpUrl(address)) {
      throw invalid(ctx, "address", "recipient.address.url");
    }
    if (channel == Channel.WEBHOOK && (in.secret() == null || in.secret().length() < 16)) {
      throw invalid(ctx, "secret", "recipient.secret.required");
    }
    Locale locale;
    if (in.locale() == null || in.locale().equals("en")) {
      locale = Locale.ENGLISH;
    } else if (in.locale().equals("zh-CN")) {
      locale = Locales.SIMPLIFIED_CHINESE;
    } else {
      throw invalid(ctx, "locale", "recipient.locale.invalid");
    }
    String region = in.region() == null || in.region().isBlank() ? null : in.region().trim();
    return new Recipient(Ids.newId(), in.target(), region, channel, address, locale,
        channel == Channel.WEBHOOK ? in.secret() : null);
  }

  private static boolean isHttpUrl(String s) {
    try {
      URI u = URI.create(s);
      return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static ApiException invalid(Context ctx, String field, String key) {
    ResourceBundle b = NotificationTemplates.bundle(Locales.of(ctx));
    return ApiException.invalid("INVALID", field, b.getString(key));
  }

  private static UUID pathId(Context ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("id");
    }
  }

  private static void requireAdmin(Context ctx) {
    if (Requests.principal(ctx).role() != Role.ADMIN) {
      throw ApiException.forbidden();
    }
  }
}
