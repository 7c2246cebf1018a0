package com.fieldops.server.report;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.server.notify.Channel;
import com.fieldops.server.notify.Notification;
import com.fieldops.server.notify.NotificationOutbox;
import com.fieldops.server.notify.NotificationState;
import com.fieldops.server.report.pdf.ReportModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a sealed report to the job's customer contact: the first time a report's PDF is stored, in the
 * same transaction, a link to the customer's page is made and an e-mail in the contact's language is
 * put in the notification outbox (retries, dead letter), which attaches the PDF when it sends it
 * ({@link com.fieldops.server.notify.StoredReportAttachments}). A contact without an e-mail address
 * gets no mail; the office still sees the report.
 *
 * @param pageBase     the address customers reach this server at, e.g. {@code https://service.example.com}
 * @param linkValidity how long the page's link works
 */
public record ReportDelivery(String pageBase, Duration linkValidity) {
  private static final Logger LOG = LoggerFactory.getLogger(ReportDelivery.class);
  public static final String KIND = "REPORT_DELIVERY";
  public static final String BUNDLE = "com.fieldops.server.report.ReportMailMessages";
  /** The customer's page of one report link. */
  public static final String PAGE_PATH = "/customer/report/";

  public ReportDelivery {
    pageBase = pageBase.endsWith("/") ? pageBase.substring(0, pageBase.length() - 1) : pageBase;
  }

  /**
   * The page's settings ({@code FIELDOPS_CUSTOMER_PAGE_URL}, default this server's own address;
   * {@code FIELDOPS_CUSTOMER_LINK_DAYS}, default 90), read with the report settings.
   */
  public static ReportDelivery from(ReportSettings settings, String ownAddress) {
    String base = settings.customerPageUrl();
    return new ReportDelivery(base == null || base.isBlank() ? ownAddress : base.trim(),
        Duration.ofDays(settings.customerLinkDays()));
  }

  /** Makes the link and queues the e-mail; empty when the contact has no e-mail address. */
  Optional<Notification> enqueue(Connection c, NotificationOutbox outbox, ReportContent content,
      ReportStore.StoredPdf pdf, Instant now) throws SQLException {
    if (content.contact() == null || content.contact().email() == null || content.contact().email().isBlank()) {
      LOG.atInfo().setMessage("service report not mailed: the job's contact has no e-mail address")
          .addKeyValue("event", "report.delivery.noAddress").addKeyValue("reportId", pdf.reportId())
          .addKeyValue("workOrder", content.workOrder().label()).log();
      return Optional.empty();
    }
    Instant expires = now.plus(linkValidity);
    String token = new CustomerLinks().mint(c, pdf.reportId(), pdf.workOrderId(), content.contact().id(), now,
        expires);
    Locale locale = ReportModel.languageOf(content);
    Mail mail = mail(content, pageBase + PAGE_PATH + token, expires, locale);
    Notification n = new Notification(Ids.newId(), KIND, pdf.workOrderId(), null, null, Channel.EMAIL,
        content.contact().email(), locale, null, mail.subject(), mail.body(),
        Json.write(java.util.Map.of("reportId", pdf.reportId().toString(),
            "fileName", content.workOrder().label())), NotificationState.PENDING, 0, now, null, now, null);
    outbox.enqueueAll(c, List.of(n));
    LOG.atInfo().setMessage("service report queued for the customer").addKeyValue("event", "report.delivery.queued")
        .addKeyValue("reportId", pdf.reportId()).addKeyValue("workOrder", content.workOrder().label())
        .addKeyValue("notification", n.id()).addKeyValue("language", locale.toLanguageTag())
        .addKeyValue("linkExpires", expires).log();
    return Optional.of(n);
  }

  /** The e-mail's texts. */
  record Mail(String subject, String body) {}

  static Mail mail(ReportContent content, String link, Instant expires, Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
    ZoneId zone = content.site() != null && content.site().timeZone() != null ? content.site().timeZone()
        : ZoneId.of("UTC");
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
    Instant visit = content.completedAt() != null ? content.completedAt() : content.report().createdAt();
    Object[] args = {content.contact().name(), content.workOrder().label(),
        content.site() == null ? "" : content.site().name(), visit == null ? "" : date.format(visit), link,
        date.format(expires)};
    return new Mail(new MessageFormat(b.getString("reportMail.subject"), locale).format(args),
        new MessageFormat(b.getString("reportMail.body"), locale).format(args));
  }
}
