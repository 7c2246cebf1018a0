package com.fieldops.server.report.page;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fieldops.customer.model.Contact;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.report.CustomerLinkOffice;
import com.fieldops.server.report.CustomerLinks;
import com.fieldops.server.report.ReportService;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.sync.ChangeListener;
import com.fieldops.server.sync.PushService;
import com.fieldops.workorder.model.WorkOrder;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer's page of one report, opened from the link in the report's e-mail: the visit's summary,
 * the sealed PDF and a rating form (once per report). No account, no script: the link is the key
 * ({@link CustomerLinks}). A link that opens nothing gives a page saying why and changes nothing;
 * links that open nothing slow their sender down ({@link LinkGuessThrottle}) and are logged.
 */
public final class CustomerPageController {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerPageController.class);
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  /**
   * Markup in a comment is refused, not stored: the comment reaches the console and the PDF reader. So are
   * control characters other than line breaks and tabs (U+0000 cannot even be read back on PostgreSQL).
   */
  private static final Pattern MARKUP = Pattern.compile("<\\s*[A-Za-z/!?]|[<>]|[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self';"
      + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;
  private final ReportService reports;
  private final AuthService auth;
  private final CustomerLinks links = new CustomerLinks();
  private final LinkGuessThrottle throttle = new LinkGuessThrottle();
  private final EntityStore entities;
  private final VisitRatings ratings;
  private final LowRatingFollowUp followUps;
  private final CustomerPortalController portal;
  private final CustomerLinkOffice office;
  private final CustomerAccountAdmin customerAccounts;

  public CustomerPageController(Database db, Clock clock, ChangeListener listener, ReportService reports,
      AuthService auth, PushService push) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
    this.reports = reports;
    this.auth = auth;
    this.entities = new EntityStore(db.dialect());
    this.ratings = new VisitRatings(entities);
    this.followUps = new LowRatingFollowUp(db, clock, push);
    this.portal = new CustomerPortalController(db, clock, auth, reports, push);
    this.office = new CustomerLinkOffice(db, clock, reports);
    this.customerAccounts = new CustomerAccountAdmin(db, clock, auth);
  }

  /**
   * The report link's page, the customer's own pages ({@link CustomerPortalController}), and the office's
   * and admin's API around them (authenticated like every {@code /api/} path): withdraw or re-send a
   * report's link ({@link CustomerLinkOffice}), give a contact an account ({@link CustomerAccountAdmin}).
   */
  public EndpointGroup routes() {
    return () -> {
      path("/customer/report/{token}", () -> { // ReportDelivery.PAGE_PATH
        get(this::page);
        get("/pdf", this::pdf);
        post("/rating", this::rate);
      });
      portal.routes().addEndpoints();
      post("/api/v1/reports/{workOrderId}/customer-link/revoke", office::revoke);
      post("/api/v1/reports/{workOrderId}/customer-link", office::reissue);
      post("/api/v1/admin/customer-accounts", customerAccounts::create);
    };
  }

  /** What a valid link shows. */
  private record Visit(CustomerLinks.Link link, ServiceReport report, WorkOrder job, Locale locale) {}

  private void page(Context ctx) {
    open(ctx).ifPresent(v -> {
      Feedback rated = db.read(c -> ratings.of(c, v.link().reportId(), false)).orElse(null);
      String flash = ctx.queryParam("rated") != null && rated != null ? new CustomerPage(v.locale()).t("rating.sent")
          : null;
      html(ctx, 200, new CustomerPage(v.locale()).report(ctx.pathParam("token"), v.report().snapshot(), rated, flash,
          false));
    });
  }

  private void pdf(Context ctx) {
    open(ctx).ifPresent(v -> {
      var stored = reports.pdfBytes(v.link().reportId());
      if (stored.isEmpty()) {
        html(ctx, 404, new CustomerPage(v.locale()).refusal("link.unknown.title", "link.unknown.body"));
        return;
      }
      ctx.header("Content-Disposition", "attachment; filename=\"service-report-"
          + v.report().snapshot().workOrderNumber().replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"");
      ctx.header("Cache-Control", "private, no-store");
      ctx.contentType("application/pdf").result(stored.get());
      LOG.atInfo().setMessage("customer downloaded a service report").addKeyValue("event", "customer.report.download")
          .addKeyValue("reportId", v.link().reportId()).log();
    });
  }

  private void rate(Context ctx) {
    open(ctx).ifPresent(v -> {
      CustomerPage page = new CustomerPage(v.locale());
      String token = ctx.pathParam("token");
      String stars = ctx.formParam("stars");
      String comment = ctx.formParam("comment");
      comment = comment == null || comment.isBlank() ? null : comment.strip();
      int rating;
      try {
        rating = stars == null ? 0 : Integer.parseInt(stars.trim());
      } catch (NumberFormatException e) {
        rating = 0;
      }
      String refusal = rating < 1 || rating > 5 ? "rating.range"
          : comment != null && comment.length() > 2000 ? "rating.tooLong"
          : comment != null && MARKUP.matcher(comment).find() ? "rating.plainText" : null;
      if (refusal != null) {
        refuseRating(ctx, v, page, token, 400, refusal);
        return;
      }
      Feedback feedback = new Feedback(VisitRatings.feedbackIdFor(v.link().reportId()), v.job().id(),
          v.link().reportId(), v.link().contactId(), rating, comment, clock.instant());
      long seq = db.write(c -> {
        if (ratings.of(c, v.link().reportId(), true).isPresent()) {
          return -1L;
        }
        return ratings.store(c, feedback, v.job(), clock.millis());
      });
      if (seq < 0) {
        refuseRating(ctx, v, page, token, 409, "rating.already");
        return;
      }
      listener.committed(seq);
      LOG.atInfo().setMessage("customer rated a visit").addKeyValue("event", "customer.rating")
          .addKeyValue("reportId", v.link().reportId()).addKeyValue("workOrder", v.job().label())
          .addKeyValue("rating", rating).log();
      try {
        followUps.rated(feedback, v.job());
      } catch (RuntimeException e) { // the rating is kept; the office still sees it on the job
        LOG.atError().setMessage("low rating follow-up failed").addKeyValue("event", "customer.rating.followUpFailed")
            .addKeyValue("reportId", v.link().reportId()).setCause(e).log();
      }
      // absolute: relative to .../rating a bare token would name a page that does not exist
      ctx.redirect(com.fieldops.server.report.ReportDelivery.PAGE_PATH + token + "?rated",
          io.javalin.http.HttpStatus.SEE_OTHER);
    });
  }

  private void refuseRating(Context ctx, Visit v, CustomerPage page, String token, int status, String key) {
    LOG.atInfo().setMessage("customer rating refused").addKeyValue("event", "customer.rating.refused")
        .addKeyValue("reportId", v.link().reportId()).addKeyValue("reason", key).log();
    Feedback rated = db.read(c -> ratings.of(c, v.link().reportId(), false)).orElse(null);
    html(ctx, status, page.report(token, v.report().snapshot(), rated, page.t(key), true));
  }

  /** The visit of the link in the path, or a page saying why not (and the caller stops). */
  private Optional<Visit> open(Context ctx) {
    String token = ctx.pathParam("token");
    String address = auth.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    long now = clock.millis();
    long wait = db.read(c -> throttle.waitSeconds(c, address, now));
    Locale guess = guessLocale(ctx);
    if (wait > 0) {
      ctx.header("Retry-After", String.valueOf(wait));
      html(ctx, 429, new CustomerPage(guess).refusal("link.throttled.title", "link.throttled.body", wait));
      LOG.atWarn().setMessage("customer link refused: too many bad links from this address")
          .addKeyValue("event", "customer.link.throttled").addKeyValue("address", address)
          .addKeyValue("waitSeconds", wait).log();
      return Optional.empty();
    }
    CustomerLinks.Lookup lookup = db.read(c -> links.find(c, token, clock.instant()));
    if (lookup.refusal() == CustomerLinks.Refusal.UNKNOWN) {
      db.write(c -> {
        throttle.recordFailure(c, address, now);
        return null;
      });
      // never the token itself: a near-miss of a real token must not end up in the logs
      LOG.atWarn().setMessage("customer link refused").addKeyValue("event", "customer.link.refused")
          .addKeyValue("reason", "unknown").addKeyValue("address", address).log();
      html(ctx, 404, new CustomerPage(guess).refusal("link.unknown.title", "link.unknown.body"));
      return Optional.empty();
    }
    Optional<Visit> visit = db.read(c -> {
      var report = entities.find(c, "ServiceReport", lookup.link().reportId(), false)
          .map(e -> VisitRatings.read(e.data(), ServiceReport.class));
      var job = entities.find(c, "WorkOrder", lookup.link().workOrderId(), false)
          .map(e -> VisitRatings.read(e.data(), WorkOrder.class));
      Locale locale = lookup.link().contactId() == null ? guess : entities.find(c, "Contact",
          lookup.link().contactId(), false).map(e -> VisitRatings.read(e.data(), Contact.class))
          .map(k -> localeOf(k.language(), guess)).orElse(guess);
      return report.isEmpty() || job.isEmpty() || report.get().snapshot() == null ? Optional.<Visit>empty()
          : Optional.of(new Visit(lookup.link(), report.get(), job.get(), locale));
    });
    if (lookup.refusal() != null || visit.isEmpty()) {
      String reason = lookup.refusal() == null ? "unknown" : lookup.refusal().name().toLowerCase(Locale.ROOT);
      LOG.atInfo().setMessage("customer link refused").addKeyValue("event", "customer.link.refused")
          .addKeyValue("reason", reason).addKeyValue("reportId", lookup.link().reportId())
          .addKeyValue("address", address).log();
      Locale locale = visit.map(Visit::locale).orElse(guess);
      html(ctx, lookup.refusal() == null ? 404 : 410, new CustomerPage(locale).refusal("link." + reason + ".title",
          "link." + reason + ".body"));
      return Optional.empty();
    }
    return visit;
  }

  static Locale localeOf(String tag, Locale fallback) {
    if (tag == null || tag.isBlank()) {
      return fallback;
    }
    return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
  }

  /** Before we know whose link it is: the browser's first language, Chinese or English. */
  static Locale guessLocale(Context ctx) {
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
  }

  static void html(Context ctx, int status, String body) {
    ctx.status(status);
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer"); // the token is in the URL: never pass it on
    ctx.header("Cache-Control", "private, no-store");
    ctx.contentType("text/html; charset=utf-8").result(body);
  }
}
