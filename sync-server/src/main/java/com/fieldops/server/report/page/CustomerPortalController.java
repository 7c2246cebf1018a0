package com.fieldops.server.report.page;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Contact;
import com.fieldops.portal.ProblemReport;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.plan.SystemActor;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.report.ReportService;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.PushService;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer's own pages, for a contact with an account ({@link CustomerAccountAdmin}): sign in,
 * see every visit of their company with its report and PDF, their machines and open jobs, and report a
 * new problem on a machine, which lands in the dispatcher's queue as a work order with the contact as
 * caller. Sign-in is the API's (same password check, throttle, security events and log lines); the
 * session rides in a cookie ({@link PortalSession}). Anything of another company, or that does not
 * exist, is the same "not found" page; nothing about it is shown or logged back to the customer.
 *
 * <pre>
 * GET  /customer                                   overview, or the sign-in form
 * POST /customer/sign-in                           username, password, csrf
 * POST /customer/sign-out                          csrf
 * GET  /customer/visits/{workOrderId}              a finished visit's report summary
 * GET  /customer/visits/{workOrderId}/pdf          its sealed PDF
 * GET  /customer/machines/{equipmentId}/problem    the form to report a problem
 * POST /customer/machines/{equipmentId}/problem    description, preferredTime?, requestId, csrf
 * </pre>
 */
final class CustomerPortalController {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerPortalController.class);
  /** The device the portal's sign-ins and sessions are recorded under. */
  static final String DEVICE = "customer-web";

  private final Database db;
  private final AuthService auth;
  private final ReportService reports;
  private final PushService push;
  private final Clock clock;
  private final PortalSession sessions;
  private final CustomerCompany company;

  CustomerPortalController(Database db, Clock clock, AuthService auth, ReportService reports, PushService push) {
    this.db = db;
    this.clock = clock;
    this.auth = auth;
    this.reports = reports;
    this.push = push;
    this.sessions = new PortalSession(db, auth);
    this.company = new CustomerCompany(new EntityStore(db.dialect()));
  }

  EndpointGroup routes() {
    return () -> {
      get("/customer", this::home);
      post("/customer/sign-in", this::signIn);
      post("/customer/sign-out", this::signOut);
      get("/customer/visits/{workOrderId}", this::visit);
      get("/customer/visits/{workOrderId}/pdf", this::pdf);
      get("/customer/machines/{equipmentId}/problem", this::problemForm);
      post("/customer/machines/{equipmentId}/problem", this::reportProblem);
    };
  }

  private void home(Context ctx) {
    Optional<PortalSession.Customer> who = sessions.current(ctx);
    if (who.isEmpty()) {
      PortalPage page = new PortalPage(CustomerPageController.guessLocale(ctx));
      CustomerPageController.html(ctx, 200, page.signIn(sessions.signInCsrf(ctx), null, null));
      return;
    }
    PortalSession.Customer customer = who.get();
    PortalPage page = new PortalPage(localeOf(ctx, customer));
    CustomerCompany.Overview overview = db.read(c -> company.overview(c, customer.account()));
    String flash = null;
    String reported = ctx.queryParam("reported");
    if (reported != null) {
      flash = uuid(reported).flatMap(id -> db.read(c -> company.job(c, overview.contact(), id)))
          .map(j -> page.t("portal.problem.sent", j.label())).orElse(null);
    }
    CustomerPageController.html(ctx, 200, page.overview(overview, customer.csrf(), flash));
  }

  private void signIn(Context ctx) {
    PortalPage page = new PortalPage(CustomerPageController.guessLocale(ctx));
    String username = ctx.formParam("username");
    String password = ctx.formParam("password");
    if (!sessions.signInCsrfOk(ctx)) {
      LOG.atWarn().setMessage("customer sign-in refused: form without its CSRF token")
          .addKeyValue("event", "customer.signin.csrf").addKeyValue("address", address(ctx)).log();
      CustomerPageController.html(ctx, 403, page.signIn(sessions.signInCsrf(ctx), username,
          page.t("portal.form.expired")));
      return;
    }
    if (username == null || username.isBlank() || password == null || password.isEmpty()
        || username.length() > 100 || password.length() > 200) {
      CustomerPageController.html(ctx, 400, page.signIn(sessions.signInCsrf(ctx), username,
          page.t("portal.signIn.failed")));
      return;
    }
    SignInResponse signedIn;
    try {
      signedIn = auth.signIn(new SignInRequest(username, password, DEVICE), address(ctx));
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.BUSY) {
        long wait = e.retryAfterSeconds() == null ? 60 : e.retryAfterSeconds();
        ctx.header("Retry-After", String.valueOf(wait));
        CustomerPageController.html(ctx, 429, page.signIn(sessions.signInCsrf(ctx), username,
            page.t("portal.signIn.throttled", wait)));
      } else {
        CustomerPageController.html(ctx, 401, page.signIn(sessions.signInCsrf(ctx), username,
            page.t("portal.signIn.failed")));
      }
      return;
    }
    var principal = auth.authenticate(signedIn.token());
    if (sessions.customer(principal, signedIn.token()).isEmpty()) {
      // office staff and technicians sign in to their apps, not here: their session ends at once
      auth.signOut(principal);
      LOG.atWarn().setMessage("customer sign-in refused: not a customer account")
          .addKeyValue("event", "customer.signin.refused").addKeyValue("reason", "not_customer")
          .addKeyValue("user", principal.username()).addKeyValue("address", address(ctx)).log();
      CustomerPageController.html(ctx, 401, page.signIn(sessions.signInCsrf(ctx), username,
          page.t("portal.signIn.failed")));
      return;
    }
    sessions.start(ctx, signedIn.token());
    LOG.atInfo().setMessage("customer signed in").addKeyValue("event", "customer.signin")
        .addKeyValue("user", principal.username()).addKeyValue("address", address(ctx)).log();
    ctx.redirect("/customer", HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    Optional<PortalSession.Customer> who = sessions.current(ctx);
    if (who.isPresent() && PortalSession.csrfOk(ctx, who.get())) {
      auth.signOut(who.get().principal());
      LOG.atInfo().setMessage("customer signed out").addKeyValue("event", "customer.signout")
          .addKeyValue("user", who.get().principal().username()).log();
    } else if (who.isPresent()) {
      refuseForm(ctx, who.get());
      return;
    }
    sessions.end(ctx);
    ctx.redirect("/customer", HttpStatus.SEE_OTHER);
  }

  private void visit(Context ctx) {
    signedIn(ctx).ifPresent(customer -> {
      PortalPage page = new PortalPage(localeOf(ctx, customer));
      Optional<Found> found = finishedVisit(ctx, customer, "workOrderId");
      if (found.isEmpty()) {
        notFound(ctx, page, customer, "workOrder");
        return;
      }
      CustomerPageController.html(ctx, 200, page.visit(found.get().job(), found.get().report().snapshot(),
          customer.csrf()));
    });
  }

  private void pdf(Context ctx) {
    signedIn(ctx).ifPresent(customer -> {
      Optional<WorkOrder> visit = finishedVisit(ctx, customer, "workOrderId").map(Found::job);
      Optional<byte[]> bytes = visit.flatMap(j -> reports.pdfBytes(ServiceReport.idFor(j.id())));
      if (bytes.isEmpty()) {
        notFound(ctx, new PortalPage(localeOf(ctx, customer)), customer, "report");
        return;
      }
      WorkOrder job = visit.get();
      ctx.header("Content-Disposition", "attachment; filename=\"service-report-"
          + job.label().replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"");
      ctx.header("Cache-Control", "private, no-store");
      ctx.contentType("application/pdf").result(bytes.get());
      LOG.atInfo().setMessage("customer downloaded a service report").addKeyValue("event", "customer.report.download")
          .addKeyValue("workOrder", job.label()).addKeyValue("user", customer.principal().username()).log();
    });
  }

  private void problemForm(Context ctx) {
    signedIn(ctx).ifPresent(customer -> {
      PortalPage page = new PortalPage(localeOf(ctx, customer));
      Optional<Mine> mine = machine(ctx, customer);
      if (mine.isEmpty()) {
        notFound(ctx, page, customer, "machine");
        return;
      }
      CustomerPageController.html(ctx, 200, page.problemForm(mine.get().machine(), customer.csrf(), UUID.randomUUID(),
          null, null, List.of()));
    });
  }

  private void reportProblem(Context ctx) {
    signedIn(ctx).ifPresent(customer -> {
      PortalPage page = new PortalPage(localeOf(ctx, customer));
      if (!PortalSession.csrfOk(ctx, customer)) {
        refuseForm(ctx, customer);
        return;
      }
      Optional<Mine> mine = machine(ctx, customer);
      if (mine.isEmpty()) {
        notFound(ctx, page, customer, "machine");
        return;
      }
      Optional<UUID> requestId = uuid(ctx.formParam("requestId"));
      ProblemReport report = new ProblemReport(ctx.formParam("description"), ctx.formParam("preferredTime"));
      List<ProblemReport.Problem> problems = report.problems();
      if (!problems.isEmpty() || requestId.isEmpty()) {
        LOG.atInfo().setMessage("customer problem report refused").addKeyValue("event", "customer.problem.refused")
            .addKeyValue("user", customer.principal().username()).addKeyValue("problems", problems).log();
        CustomerPageController.html(ctx, 400, page.problemForm(mine.get().machine(), customer.csrf(),
            requestId.orElse(UUID.randomUUID()), ctx.formParam("description"), ctx.formParam("preferredTime"),
            problems.isEmpty() ? List.of(ProblemReport.Problem.DESCRIPTION_REQUIRED) : problems));
        return;
      }
      // the office reads the job in its own language: the label is written in English, like the server's other texts
      CreateWorkOrder create = report.toWorkOrder(mine.get().contact(), mine.get().machine(),
          new CustomerPage(Locale.ENGLISH).t("portal.problem.preferredLabel")).orElseThrow();
      // ids derived from the account and the form's request id: a form sent twice opens one job
      String key = customer.principal().userId() + ":" + requestId.get();
      UUID jobId = UUID.nameUUIDFromBytes(("customer-problem-job:" + key).getBytes(StandardCharsets.UTF_8));
      MutationEnvelope envelope = new MutationEnvelope(UUID.nameUUIDFromBytes(("customer-problem:" + key)
          .getBytes(StandardCharsets.UTF_8)), "CreateWorkOrder", jobId, null, WorkOrderEvent.SERVER_DEVICE,
          clock.instant(), Json.mapper().valueToTree(create));
      MutationResult result = push.push(SystemActor.actor(), Locale.ENGLISH, new PushRequest(List.of(envelope)))
          .results().get(0);
      LOG.atInfo().setMessage("customer reported a problem").addKeyValue("event", "customer.problem.reported")
          .addKeyValue("user", customer.principal().username()).addKeyValue("contact", customer.account().contactId())
          .addKeyValue("machine", mine.get().machine().id()).addKeyValue("workOrderId", jobId)
          .addKeyValue("status", result.status()).addKeyValue("reason", result.reason()).log();
      if (result.status() != MutationStatus.APPLIED) {
        CustomerPageController.html(ctx, 409, page.refusal("portal.problem.failedTitle", "portal.problem.failed"));
        return;
      }
      ctx.redirect("/customer?reported=" + jobId, HttpStatus.SEE_OTHER);
    });
  }

  /** A finished job of the customer's company with its report, or empty. */
  private record Found(WorkOrder job, ServiceReport report) {}

  private Optional<Found> finishedVisit(Context ctx, PortalSession.Customer customer, String param) {
    Optional<UUID> id = uuid(ctx.pathParam(param));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return db.read(c -> {
      Optional<Contact> contact = company.contact(c, customer.account().contactId());
      Optional<WorkOrder> job = contact.isEmpty() ? Optional.empty() : company.job(c, contact.get(), id.get());
      if (job.isEmpty() || job.get().status().isOpen()) {
        return Optional.<Found>empty();
      }
      return company.report(c, job.get()).map(r -> new Found(job.get(), r));
    });
  }

  /** A machine of the customer's company with the contact who asks. */
  private record Mine(Contact contact, Equipment machine) {}

  private Optional<Mine> machine(Context ctx, PortalSession.Customer customer) {
    Optional<UUID> id = uuid(ctx.pathParam("equipmentId"));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return db.read(c -> {
      Optional<Contact> contact = company.contact(c, customer.account().contactId());
      return contact.isEmpty() ? Optional.<Mine>empty()
          : company.machine(c, contact.get(), id.get()).map(m -> new Mine(contact.get(), m));
    });
  }

  /** The signed-in customer, or (answered) back to the sign-in form. */
  private Optional<PortalSession.Customer> signedIn(Context ctx) {
    Optional<PortalSession.Customer> who = sessions.current(ctx);
    if (who.isEmpty()) {
      ctx.redirect("/customer", HttpStatus.SEE_OTHER);
    }
    return who;
  }

  private void notFound(Context ctx, PortalPage page, PortalSession.Customer customer, String what) {
    // the customer's own ids never reach the log: what was asked and by whom is enough to see probing
    LOG.atInfo().setMessage("customer asked for something not theirs or absent")
        .addKeyValue("event", "customer.portal.notFound").addKeyValue("what", what)
        .addKeyValue("user", customer.principal().username()).addKeyValue("address", address(ctx)).log();
    CustomerPageController.html(ctx, 404, page.refusal("portal.notFound.title", "portal.notFound.body"));
  }

  private void refuseForm(Context ctx, PortalSession.Customer customer) {
    LOG.atWarn().setMessage("customer form refused: missing or wrong CSRF token")
        .addKeyValue("event", "customer.portal.csrf").addKeyValue("user", customer.principal().username())
        .addKeyValue("address", address(ctx)).log();
    CustomerPageController.html(ctx, 403, new PortalPage(localeOf(ctx, customer)).refusal("portal.form.expiredTitle",
        "portal.form.expired"));
  }

  /** The account's language, else the contact's, else the browser's. */
  private Locale localeOf(Context ctx, PortalSession.Customer customer) {
    String tag = db.read(c -> Jdbc.queryOne(c, "SELECT language FROM app_user WHERE id = ?", rs -> rs.getString(1),
        customer.principal().userId()).orElse(null));
    if (tag == null) {
      tag = db.read(c -> company.contact(c, customer.account().contactId())).map(Contact::language).orElse(null);
    }
    return CustomerPageController.localeOf(tag, CustomerPageController.guessLocale(ctx));
  }

  private String address(Context ctx) {
    return auth.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
  }

  private static Optional<UUID> uuid(String s) {
    if (s == null || s.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
