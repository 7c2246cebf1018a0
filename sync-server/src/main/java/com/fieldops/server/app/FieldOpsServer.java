package com.fieldops.server.app;

import com.fieldops.common.json.Json;
import com.fieldops.server.audit.AuditController;
import com.fieldops.server.auth.AuthController;
import com.fieldops.server.costs.ExportController;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.Operations;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.health.TaskMetrics;
import com.fieldops.server.http.ErrorResponses;
import com.fieldops.server.http.SystemController;
import com.fieldops.server.auth.UserAdminController;
import com.fieldops.server.notify.NotifyController;
import com.fieldops.server.sync.MasterDataImportController;
import com.fieldops.server.sync.MasterDataImporter;
import com.fieldops.server.config.OutboxSettings;
import com.fieldops.server.report.ReportController;
import com.fieldops.server.report.ReportModule;
import com.fieldops.server.report.ReportPhotos;
import com.fieldops.server.report.ReportService;
import com.fieldops.server.report.ReportDelivery;
import com.fieldops.server.report.ReportSettings;
import com.fieldops.server.sla.SlaAdminController;
import com.fieldops.server.sla.SlaModule;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.ChangeNotifier;
import com.fieldops.server.sync.EventsController;
import com.fieldops.server.sync.PostgresChangeSignal;
import com.fieldops.server.sync.PullService;
import com.fieldops.server.sync.PushService;
import com.fieldops.server.sync.ScopeSweeper;
import com.fieldops.server.sync.SyncController;
import com.fieldops.server.sync.WorkingSetService;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FieldOps server as one piece: settings and a database in, a started server out. Builds every
 * service, hands them to their controllers, registers all routes ({@link Routes}), starts the
 * background work and stops it all again. Tests start it in-process on port 0 and the CLI starts it
 * for real. The database is opened (and migrated) by the caller and closed by it.
 */
public final class FieldOpsServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FieldOpsServer.class);
  private static final String STARTED = "fieldops.started";

  private final Javalin app;
  private final ChangeNotifier notifier;
  private final AuthService auth;
  private final PushService push;
  private final PrometheusMeterRegistry metrics;
  private final JvmGcMetrics gcMetrics;
  private final ScopeSweeper sweeper;
  private final List<String> routes;

  private final SlaModule background;
  private final ReportService reports;
  private final ReportModule reportModule;
  private final com.fieldops.server.plan.PlanModule plans;

  private FieldOpsServer(Javalin app, ChangeNotifier notifier, AuthService auth, PushService push,
      PrometheusMeterRegistry metrics, JvmGcMetrics gcMetrics, ScopeSweeper sweeper,
      List<String> routes, SlaModule background, ReportService reports, ReportModule reportModule,
      com.fieldops.server.plan.PlanModule plans) {
    this.background = background;
    this.reports = reports;
    this.reportModule = reportModule;
    this.plans = plans;
    this.routes = routes;
    this.sweeper = sweeper;
    this.app = app;
    this.notifier = notifier;
    this.auth = auth;
    this.push = push;
    this.metrics = metrics;
    this.gcMetrics = gcMetrics;
  }

  public static FieldOpsServer start(Database db, ServerSettings settings) {
    return start(db, settings, Clock.systemUTC());
  }

  public static FieldOpsServer start(Database db, ServerSettings settings, Clock clock) {
    return start(db, settings, clock, ReportSettings.defaults());
  }

  /** {@code reportSettings}: how service reports look and are sealed ({@link ReportSettings#load}). */
  public static FieldOpsServer start(Database db, ServerSettings settings, Clock clock,
      ReportSettings reportSettings) {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(metrics);

    PasswordHasher hasher = new PasswordHasher(settings.argon2MemoryKib(), settings.argon2Iterations());
    AuthService auth = new AuthService(db, clock, hasher, settings.tokenLifetime(), settings.renewalGrace(),
        settings.signIn());
    PullService pull = new PullService(db);
    // on PostgreSQL other instances' commits arrive by LISTEN/NOTIFY on a connection of its own
    PostgresChangeSignal crossInstance = db.dialect() == Dialect.POSTGRESQL
        ? new PostgresChangeSignal(db, PostgresChangeSignal.connectionTo(db.location(), settings.databaseUser(),
            settings.databasePassword()))
        : null;
    ChangeNotifier notifier = new ChangeNotifier(pull, settings.notifyPollMillis(), crossInstance)
        .reportingTo(db.tasks());
    Operations operations = settings.operations();
    PushService push = new PushService(db, clock, notifier, metrics, operations.pushWriters());
    ScopeSweeper sweeper = new ScopeSweeper(db, clock, notifier,
        settings.finishedJobsWindow()).start(Duration.ofHours(1));
    metrics.gauge("fieldops.sse.clients", notifier, ChangeNotifier::connected);
    metrics.gauge("fieldops.live.listening", notifier, n -> n.listeningAcrossInstances() ? 1 : 0);

    SystemController system = new SystemController(db, metrics);
    AuthController authController = new AuthController(auth);
    SyncController sync = new SyncController(push, pull, new WorkingSetService(db, clock));
    EventsController events = new EventsController(notifier);
    AuditController audit = new AuditController(db);
    NotifyController notify = new NotifyController(db, clock);
    SlaAdminController sla = new SlaAdminController(db);
    UserAdminController users = new UserAdminController(auth);
    MasterDataImportController imports = new MasterDataImportController(new MasterDataImporter(push, clock));
    com.fieldops.server.photo.PhotoController photos = new com.fieldops.server.photo.PhotoController(db, clock);
    ReportPhotos reportPhotos = (c, sha256) -> photos.store().photo(c, sha256).map(p -> p.bytes());
    ReportService reports = new ReportService(db, clock, notifier, reportSettings, reportPhotos,
        new com.fieldops.server.report.ContractReportCosts(new com.fieldops.server.storage.EntityStore(db.dialect())));
    if (settings.port() != 0) { // known before the start: reports made by the first round are mailed too
      reports.deliverTo(ReportDelivery.from(reportSettings, "http://" + settings.host() + ":" + settings.port()));
    }
    ReportController reportController = new ReportController(db, reports);
    ExportController exports = new ExportController(db);
    com.fieldops.server.report.page.CustomerPageController customerPage =
        new com.fieldops.server.report.page.CustomerPageController(db, clock, notifier, reports, auth, push);

    List<String> routes = new CopyOnWriteArrayList<>();
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.events(e -> e.handlerAdded(h -> {
        if (h.getHttpMethod().isHttpMethod()) {
          routes.add(h.getHttpMethod().name() + " " + h.getPath());
        }
      }));
      cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
      cfg.http.maxRequestSize = settings.maxBodyBytes();
      cfg.http.prefer405over404 = true;
      cfg.router.apiBuilder(Routes.of(system, authController, sync, events, audit, notify, sla, users,
          imports, reportController, exports));
      cfg.router.apiBuilder(com.fieldops.server.stock.StockRoutes.of(new com.fieldops.server.stock.StockController(db)));
      cfg.router.apiBuilder(com.fieldops.server.photo.PhotoRoutes.of(photos));
      cfg.router.apiBuilder(customerPage.routes()); // the customer's page: no account, the link is the key
    });
    app.before(ctx -> {
      ctx.attribute(STARTED, System.nanoTime());
      Long length = ctx.contentLength() >= 0 ? (long) ctx.contentLength() : null;
      if (length != null && length > settings.maxBodyBytes()) {
        throw DomainException.of(DomainException.Kind.TOO_LARGE, "TOO_LARGE", "api.error.tooLarge", null,
            settings.maxBodyBytes());
      }
      if (!Routes.isPublic(ctx.path()) && ctx.path().startsWith("/api/")) {
        Callers.attach(ctx, auth.authenticate(bearer(ctx.header("Authorization"))));
      }
    });
    app.after(ctx -> {
      Long started = ctx.attribute(STARTED);
      if (started != null && !ctx.path().equals("/api/v1/events")) {
        String route = ctx.endpointHandlerPath();
        Timer.builder("fieldops.http.requests").tag("route", route == null || route.equals("*") ? "unmatched" : route)
            .tag("method", ctx.method().name()).tag("status", String.valueOf(ctx.statusCode()))
            .register(metrics).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      }
    });
    ErrorResponses.install(app, settings.maxBodyBytes(),
        io.micrometer.core.instrument.Counter.builder("fieldops.storage.unavailable")
            .description("requests answered 503 because the database could not be used").register(metrics));
    // before the metrics bind the tasks, so /metrics shows the scheduler's and the outbox's too
    SlaModule background = startBackground(db, clock, notifier, operations, settings.delivery());
    // signed jobs get their sealed report in the background, on the instances that run background work
    ReportModule reportModule = operations.slaEnabled() ? ReportModule.start(db, reports) : null;
    com.fieldops.server.plan.PlanModule plans = settings.plans().enabled()
        ? com.fieldops.server.plan.PlanModule.start(db, clock, push, settings.plans()) : null;
    TaskMetrics.bind(db.tasks(), metrics, clock);
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      if (background != null) {
        background.close();
      }
      if (reportModule != null) {
        reportModule.close();
      }
      if (plans != null) {
        plans.close();
      }
      throw e;
    }
    reports.deliverTo(ReportDelivery.from(reportSettings, "http://" + settings.host() + ":" + app.port()));
    return new FieldOpsServer(app, notifier, auth, push, metrics, gc, sweeper, routes, background, reports,
        reportModule, plans);
  }

  /** The SLA scheduler and the notification outbox, unless this instance is set not to run them. */
  private static SlaModule startBackground(Database db, Clock clock, ChangeNotifier notifier, Operations operations,
      OutboxSettings delivery) {
    if (!operations.slaEnabled()) {
      LOG.info("SLA scheduler and notification outbox are disabled (sla.enabled=false)");
      return null;
    }
    return SlaModule.start(db, clock, notifier, delivery,
        operations.slaTick(), operations.outboxPoll(), operations.testStallFirstSlaTick());
  }

  private static String bearer(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).trim();
  }

  public int port() {
    return app.port();
  }

  public AuthService auth() {
    return auth;
  }

  public ScopeSweeper sweeper() {
    return sweeper;
  }

  public PushService push() {
    return push;
  }

  /** Service reports: render, seal, the stored PDFs (the notification outbox attaches them). */
  public ReportService reports() {
    return reports;
  }

  /** Every HTTP route the server registered, as {@code "GET /api/v1/sync/pull"} (the OpenAPI test checks them). */
  public List<String> routes() {
    return java.util.List.copyOf(routes);
  }

  /** Whether commits of other instances are heard through PostgreSQL LISTEN right now. */
  public boolean listeningAcrossInstances() {
    return notifier.listeningAcrossInstances();
  }

  @Override
  public void close() {
    if (reportModule != null) {
      reportModule.close();
    }
    if (background != null) {
      background.close();
    }
    if (plans != null) {
      plans.close();
    }
    app.stop();
    sweeper.close();
    push.close();
    notifier.close();
    gcMetrics.close();
    metrics.close();
  }
}
