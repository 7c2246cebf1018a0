package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.server.config.OutboxSettings;
import com.fieldops.server.report.pdf.ReportModel;
import com.fieldops.server.report.seal.SealCheck;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer signs on the phone; the sealed report reaches the job's contact by e-mail through the
 * notification outbox, with the PDF attached and a link to the customer's page, in their language.
 */
class ReportDeliveryTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
  private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/customer/report/([A-Za-z0-9_-]+)");

  private TestServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aSealedReportArrivesByMailWithThePdfAndALinkToTheCustomersPageOnce() throws Exception {
    server = TestServer.start(Dialect.SQLITE, s -> s.withDelivery(OutboxSettings.defaults()
        .withSmtp("127.0.0.1", SMTP.getSmtp().getPort())));
    World w = server.world;
    ApiClient north = server.as("disp-north");
    ApiClient tech1 = server.as("tech1");
    UUID job = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", job, new CreateWorkOrder(w.customer, w.northSite,
        w.contact, w.equipment, WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks", null, null, w.tech1));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(s, null, null, null));
    }
    tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null,
        "Replaced the valve seal", null));
    MutationResult signed = tech1.push("SignServiceReport", ServiceReport.idFor(job), new SignServiceReport(job,
        "Pat Contact", Instant.now().minusSeconds(5), 360, 180, ReportSamples.signatureStrokes(), null));
    assertThat(signed.status()).as(signed.reason()).isEqualTo(MutationStatus.APPLIED);

    assertThat(SMTP.waitForIncomingEmail(90_000, 1)).as("the report's e-mail arrives").isTrue();
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("pat@example.com");
    assertThat(mail.getSubject()).startsWith("Your service report WO-");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    String body = (String) parts.getBodyPart(0).getContent();
    assertThat(body).contains("Hello Pat Contact", "download the report again and tell us how we did");
    Part pdf = parts.getBodyPart(1);
    assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(pdf.getFileName()).matches("service-report-WO-\\d{4}-\\d{6}\\.pdf");
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    byte[] attached = pdf.getInputStream().readAllBytes();
    assertThat(attached).isEqualTo(server.server.reports().pdf(ServiceReport.idFor(job)).orElseThrow().pdf());
    SealCheck seal = SealCheck.of(attached, List.of(server.server.reports().identity().certificate()));
    assertThat(seal.unaltered()).as("the attachment is the sealed, unaltered report").isTrue();

    // the link holds 256 random bits; the server keeps only its hash
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String token = link.group(1);
    assertThat(token).hasSize(43);
    List<String> stored = server.db.read(c -> Jdbc.query(c, "SELECT token_hash FROM customer_report_link",
        rs -> rs.getString(1)));
    assertThat(stored).containsExactly(CustomerLinks.hash(token)).doesNotContain(token);

    // rendering the report again on request does not mail the customer a second time
    server.server.reports().render(ServiceReport.idFor(job));
    Thread.sleep(2500); // more than two rounds of the outbox
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
  }

  @Test
  void theMailSpeaksTheContactsLanguage() {
    ReportContent chinese = ReportSamples.content("zh-CN", null);
    ReportDelivery.Mail zh = ReportDelivery.mail(chinese, "https://svc.example.cn/customer/report/abc",
        ReportSamples.COMPLETED.plus(Duration.ofDays(90)), ReportModel.languageOf(chinese));
    assertThat(zh.subject()).startsWith("您的服务报告");
    assertThat(zh.body()).contains("周伟 Zhōu Wěi，您好", "张江工厂 · Hall B", "2026年3月2日",
        "https://svc.example.cn/customer/report/abc", "该链接有效期至 2026年5月31日");

    ReportContent english = ReportSamples.content("en", null);
    ReportDelivery.Mail en = ReportDelivery.mail(english, "https://svc.example.com/customer/report/abc",
        ReportSamples.COMPLETED.plus(Duration.ofDays(90)), ReportModel.languageOf(english));
    assertThat(en.subject()).startsWith("Your service report");
    assertThat(en.body()).contains("Hello 周伟 Zhōu Wěi", "on March 2, 2026", "The link works until May 31, 2026");
    assertThat(ReportModel.languageOf(english)).isEqualTo(Locale.ENGLISH);
  }
}
