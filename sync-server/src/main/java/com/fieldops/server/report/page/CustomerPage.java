package com.fieldops.server.report.page;

import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ReportSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the customer's page: the layout is the template {@code customer-page.html} (plain HTML and
 * CSS, no script, readable on a phone); every value from the records is escaped ({@link Html}) and
 * every text comes from {@code CustomerPageMessages} in the reader's language.
 */
final class CustomerPage {
  private static final String PAGE_PATH = com.fieldops.server.report.ReportDelivery.PAGE_PATH;
  static final String BUNDLE = "com.fieldops.server.report.page.CustomerPageMessages";
  private static final String TEMPLATE = read();

  final Locale locale;
  private final ResourceBundle text;

  CustomerPage(Locale locale) {
    this.locale = locale;
    this.text = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  String t(String key, Object... args) {
    String pattern = text.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The report's page; {@code message} (already a text, may be null) is shown above the form. */
  String report(String token, ReportSnapshot s, Feedback rated, String message, boolean messageIsError) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(Html.escape(t("page.heading", s.workOrderNumber()))).append("</h1>\n");
    summary(b, s);
    // absolute: the same page is also answered at .../rating (a refused rating), where a relative link breaks
    b.append("<p><a class=\"button\" id=\"download\" href=\"").append(PAGE_PATH).append(Html.escape(token))
        .append("/pdf\" download>").append(Html.escape(t("pdf.download"))).append("</a></p>\n<p class=\"note\">")
        .append(Html.escape(t("pdf.note"))).append("</p>\n");
    b.append("<section aria-labelledby=\"rating-heading\"><h2 id=\"rating-heading\">")
        .append(Html.escape(t("rating.heading"))).append("</h2>\n");
    if (message != null) {
      b.append("<p id=\"message\" role=\"").append(messageIsError ? "alert" : "status").append("\" class=\"")
          .append(messageIsError ? "error" : "ok").append("\">").append(Html.escape(message)).append("</p>\n");
    }
    if (rated != null) {
      b.append("<p id=\"rated\">").append(Html.escape(t("rating.thanks", rated.rating()))).append("</p>\n");
      if (rated.comment() != null && !rated.comment().isBlank()) {
        b.append("<blockquote>").append(Html.escape(rated.comment())).append("</blockquote>\n");
      }
    } else {
      b.append("<form method=\"post\" action=\"").append(PAGE_PATH).append(Html.escape(token))
          .append("/rating\">\n<fieldset><legend>")
          .append(Html.escape(t("rating.legend"))).append("</legend>\n<div class=\"stars\">");
      for (int i = 1; i <= 5; i++) {
        b.append("<label><input type=\"radio\" name=\"stars\" value=\"").append(i).append("\" id=\"stars-").append(i)
            .append("\" required> ").append(Html.escape(t("rating.star", i))).append("</label>");
      }
      b.append("</div></fieldset>\n<label for=\"comment\">").append(Html.escape(t("rating.comment")))
          .append("</label>\n<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"2000\"></textarea>\n")
          .append("<p><button type=\"submit\" id=\"send\">").append(Html.escape(t("rating.submit")))
          .append("</button></p>\n</form>\n");
    }
    b.append("</section>\n");
    return page(t("page.title", s.workOrderNumber()), b.toString());
  }

  /** The visit's summary as a definition list (the report page and the customer's own pages). */
  void summary(StringBuilder b, ReportSnapshot s) {
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
        .withZone(s.siteTimeZone() == null ? ZoneId.of("UTC") : s.siteTimeZone());
    b.append("<dl>");
    row(b, "summary.customer", s.customerName());
    row(b, "summary.site", s.siteName());
    row(b, "summary.date", s.completedAt() == null ? "" : date.format(s.completedAt()));
    row(b, "summary.technician", s.technicianName());
    if (s.equipmentModel() != null || s.equipmentSerialNumber() != null) {
      row(b, "summary.machine", (s.equipmentModel() == null ? "" : s.equipmentModel())
          + (s.equipmentSerialNumber() == null ? "" : " (" + s.equipmentSerialNumber() + ")"));
    }
    row(b, "summary.problem", s.problem());
    row(b, "summary.workDone", s.resolution());
    b.append("</dl>\n");
  }

  /** A page that only says why nothing can be shown. */
  String refusal(String titleKey, String bodyKey, Object... args) {
    String body = "<h1>" + Html.escape(t(titleKey)) + "</h1>\n<p id=\"message\" role=\"alert\">"
        + Html.escape(t(bodyKey, args)) + "</p>\n";
    return page(t(titleKey), body);
  }

  void row(StringBuilder b, String key, String value) {
    b.append("<dt>").append(Html.escape(t(key))).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
  }

  String page(String title, String content) {
    // content is built above from escaped values only; the title and language are escaped here
    return TEMPLATE.replace("${lang}", Html.escape(locale.toLanguageTag())).replace("${title}", Html.escape(title))
        .replace("${content}", content);
  }

  private static String read() {
    try (InputStream in = CustomerPage.class.getResourceAsStream("customer-page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
