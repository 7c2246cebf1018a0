package com.fieldops.server.report.page;

import com.fieldops.customer.model.Site;
import com.fieldops.portal.ProblemReport;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.report.model.ReportSnapshot;
import com.fieldops.workorder.model.WorkOrder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes the customer's own pages (sign-in, overview, a visit, the problem form) in the layout of the
 * report page ({@link CustomerPage}: same template, plain HTML and CSS, no script, phone first). Every
 * value from the records and every value typed by a person is escaped ({@link Html}); every text
 * comes from {@code CustomerPageMessages} ({@code portal.*}) in the reader's language.
 */
final class PortalPage {
  private final CustomerPage base;

  PortalPage(Locale locale) {
    this.base = new CustomerPage(locale);
  }

  String t(String key, Object... args) {
    return base.t(key, args);
  }

  /** The sign-in form; {@code message} (a text, may be null) says why the last try failed. */
  String signIn(String csrf, String username, String message) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(e(t("portal.signIn.heading"))).append("</h1>\n<p>").append(e(t("portal.signIn.intro")))
        .append("</p>\n");
    message(b, message, true);
    b.append("<form method=\"post\" action=\"/customer/sign-in\">\n");
    hidden(b, "csrf", csrf);
    b.append("<p><label for=\"username\">").append(e(t("portal.signIn.username"))).append("</label><br>")
        .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" autocapitalize=\"none\" required")
        .append(" maxlength=\"100\" value=\"").append(e(username)).append("\"></p>\n")
        .append("<p><label for=\"password\">").append(e(t("portal.signIn.password"))).append("</label><br>")
        .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"")
        .append(" required maxlength=\"200\"></p>\n<p><button type=\"submit\" id=\"sign-in\">")
        .append(e(t("portal.signIn.submit"))).append("</button></p>\n</form>\n");
    return base.page(t("portal.signIn.heading"), b.toString());
  }

  /** The company's overview: open jobs, finished visits with their reports, machines. */
  String overview(CustomerCompany.Overview o, String csrf, String flash) {
    StringBuilder b = new StringBuilder();
    String company = o.customer() == null ? "" : o.customer().name();
    b.append("<header><p class=\"note\">").append(e(t("portal.home.signedInAs", o.contact() == null ? ""
        : o.contact().name()))).append("</p>\n");
    signOut(b, csrf);
    b.append("</header>\n<h1>").append(e(t("portal.home.heading", company))).append("</h1>\n");
    message(b, flash, false);

    b.append("<section aria-labelledby=\"open-heading\"><h2 id=\"open-heading\">").append(e(t("portal.open.heading")))
        .append("</h2>\n");
    if (o.openJobs().isEmpty()) {
      b.append("<p>").append(e(t("portal.open.none"))).append("</p>\n");
    } else {
      b.append("<ul class=\"cards\" id=\"open-jobs\">\n");
      for (WorkOrder j : o.openJobs()) {
        b.append("<li data-job=\"").append(j.id()).append("\"><h3>").append(e(j.label())).append("</h3><dl>");
        base.row(b, "portal.job.status", t("portal.status." + j.status().name()));
        base.row(b, "portal.job.reportedOn", date(j.createdAt(), zoneOf(o, j.siteId())));
        base.row(b, "summary.site", siteName(o, j.siteId()));
        base.row(b, "summary.machine", machineName(o.machines(), j.equipmentId()));
        base.row(b, "summary.problem", j.problem());
        b.append("</dl></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");

    b.append("<section aria-labelledby=\"visits-heading\"><h2 id=\"visits-heading\">")
        .append(e(t("portal.visits.heading"))).append("</h2>\n");
    if (o.visits().isEmpty()) {
      b.append("<p>").append(e(t("portal.visits.none"))).append("</p>\n");
    } else {
      b.append("<ul class=\"cards\" id=\"visits\">\n");
      for (CustomerCompany.Visit v : o.visits()) {
        ReportSnapshot s = v.report().snapshot();
        b.append("<li data-job=\"").append(v.job().id()).append("\"><h3>").append(e(v.job().label())).append("</h3><dl>");
        base.row(b, "summary.date", date(s.completedAt(), s.siteTimeZone()));
        base.row(b, "summary.site", s.siteName());
        base.row(b, "summary.machine", machineName(o.machines(), v.job().equipmentId()));
        base.row(b, "summary.workDone", s.resolution());
        b.append("</dl>\n<p><a href=\"/customer/visits/").append(v.job().id()).append("\">")
            .append(e(t("portal.visit.open", v.job().label()))).append("</a> · <a href=\"/customer/visits/")
            .append(v.job().id()).append("/pdf\" download>").append(e(t("portal.visit.pdf", v.job().label())))
            .append("</a></p></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");

    b.append("<section aria-labelledby=\"machines-heading\"><h2 id=\"machines-heading\">")
        .append(e(t("portal.machines.heading"))).append("</h2>\n");
    if (o.machines().isEmpty()) {
      b.append("<p>").append(e(t("portal.machines.none"))).append("</p>\n");
    } else {
      b.append("<ul class=\"cards\" id=\"machines\">\n");
      for (Equipment m : o.machines()) {
        b.append("<li data-machine=\"").append(m.id()).append("\"><h3>").append(e(machine(m))).append("</h3><dl>");
        base.row(b, "summary.site", siteName(o, m.siteId()));
        base.row(b, "portal.machine.serial", m.serialNumber());
        b.append("</dl>\n<p><a class=\"button\" href=\"/customer/machines/").append(m.id()).append("/problem\">")
            .append(e(t("portal.machine.reportProblem"))).append("<span class=\"visually-hidden\"> ")
            .append(e(machine(m))).append("</span></a></p></li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
    return base.page(t("portal.home.title", company), b.toString());
  }

  /** One finished visit: the report's summary and its sealed PDF. */
  String visit(WorkOrder job, ReportSnapshot s, String csrf) {
    StringBuilder b = new StringBuilder();
    nav(b, csrf);
    b.append("<h1>").append(e(t("page.heading", job.label()))).append("</h1>\n");
    base.summary(b, s);
    b.append("<p><a class=\"button\" id=\"download\" href=\"/customer/visits/").append(job.id())
        .append("/pdf\" download>").append(e(t("pdf.download"))).append("</a></p>\n<p class=\"note\">")
        .append(e(t("pdf.note"))).append("</p>\n");
    return base.page(t("page.title", job.label()), b.toString());
  }

  /** The form to report a problem on a machine; {@code errors} name what to fix. */
  String problemForm(Equipment m, String csrf, UUID requestId, String description, String preferredTime,
      List<ProblemReport.Problem> errors) {
    StringBuilder b = new StringBuilder();
    nav(b, csrf);
    b.append("<h1>").append(e(t("portal.problem.heading", machine(m)))).append("</h1>\n");
    if (!errors.isEmpty()) {
      b.append("<div id=\"message\" role=\"alert\" class=\"error\"><ul>");
      for (ProblemReport.Problem p : errors) {
        b.append("<li>").append(e(t("portal.problem." + p.name()))).append("</li>");
      }
      b.append("</ul></div>\n");
    }
    b.append("<form method=\"post\" action=\"/customer/machines/").append(m.id()).append("/problem\">\n");
    hidden(b, "csrf", csrf);
    hidden(b, "requestId", requestId.toString());
    boolean badDescription = errors.stream().anyMatch(p -> p.field().equals("description"));
    boolean badTime = errors.stream().anyMatch(p -> p.field().equals("preferredTime"));
    b.append("<p><label for=\"description\">").append(e(t("portal.problem.description"))).append("</label><br>")
        .append("<span class=\"note\" id=\"description-hint\">").append(e(t("portal.problem.descriptionHint")))
        .append("</span><br><textarea id=\"description\" name=\"description\" rows=\"6\" required maxlength=\"")
        .append(ProblemReport.DESCRIPTION_MAX).append("\" aria-describedby=\"description-hint\"")
        .append(badDescription ? " aria-invalid=\"true\"" : "").append(">").append(e(description))
        .append("</textarea></p>\n")
        .append("<p><label for=\"preferredTime\">").append(e(t("portal.problem.preferredTime"))).append("</label><br>")
        .append("<span class=\"note\" id=\"preferred-hint\">").append(e(t("portal.problem.preferredHint")))
        .append("</span><br><input id=\"preferredTime\" name=\"preferredTime\" maxlength=\"")
        .append(ProblemReport.PREFERRED_TIME_MAX).append("\" aria-describedby=\"preferred-hint\"")
        .append(badTime ? " aria-invalid=\"true\"" : "").append(" value=\"").append(e(preferredTime)).append("\"></p>\n")
        .append("<p><button type=\"submit\" id=\"send-problem\">").append(e(t("portal.problem.submit")))
        .append("</button></p>\n</form>\n");
    return base.page(t("portal.problem.title"), b.toString());
  }

  /** A page that only says why (not found, form expired, ...), with the way back. */
  String refusal(String titleKey, String bodyKey, Object... args) {
    String body = "<h1>" + e(t(titleKey)) + "</h1>\n<p id=\"message\" role=\"alert\">" + e(t(bodyKey, args))
        + "</p>\n<p><a href=\"/customer\">" + e(t("portal.back")) + "</a></p>\n";
    return base.page(t(titleKey), body);
  }

  private void nav(StringBuilder b, String csrf) {
    b.append("<header><p><a href=\"/customer\">").append(e(t("portal.back"))).append("</a></p>\n");
    signOut(b, csrf);
    b.append("</header>\n");
  }

  private void signOut(StringBuilder b, String csrf) {
    b.append("<form method=\"post\" action=\"/customer/sign-out\" class=\"inline\">");
    hidden(b, "csrf", csrf);
    b.append("<button type=\"submit\" id=\"sign-out\" class=\"secondary\">").append(e(t("portal.signOut")))
        .append("</button></form>\n");
  }

  private static void message(StringBuilder b, String message, boolean error) {
    if (message != null) {
      b.append("<p id=\"message\" role=\"").append(error ? "alert" : "status").append("\" class=\"")
          .append(error ? "error" : "ok").append("\">").append(e(message)).append("</p>\n");
    }
  }

  private static void hidden(StringBuilder b, String name, String value) {
    b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(e(value)).append("\">");
  }

  private String date(java.time.Instant at, ZoneId zone) {
    return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(base.locale)
        .withZone(zone == null ? ZoneId.of("UTC") : zone).format(at);
  }

  private static ZoneId zoneOf(CustomerCompany.Overview o, UUID siteId) {
    Site s = o.sites().get(siteId);
    return s == null ? null : s.timeZone();
  }

  private static String siteName(CustomerCompany.Overview o, UUID siteId) {
    Site s = o.sites().get(siteId);
    return s == null ? "" : s.name();
  }

  private static String machineName(List<Equipment> machines, UUID id) {
    return id == null ? "" : machines.stream().filter(m -> m.id().equals(id)).findFirst().map(PortalPage::machine)
        .orElse("");
  }

  static String machine(Equipment m) {
    return m.manufacturer() + " " + m.model() + " (" + m.serialNumber() + ")";
  }

  private static String e(String s) {
    return Html.escape(s);
  }
}
