package com.fieldops.server.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.server.config.OutboxSettings;
import com.fieldops.server.report.CustomerLinks;
import com.fieldops.server.notify.Channel;
import com.fieldops.server.notify.Recipient;
import com.fieldops.server.notify.Recipients;
import java.util.Locale;
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
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The customer's page through the real server on loopback, opened from the link that arrived by e-mail:
 * what the customer sees, what they can do once, and what a wrong link gets.
 */
class CustomerPageTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
  private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/customer/report/)([A-Za-z0-9_-]+)");
  private static final OkHttpClient HTTP = ApiClient.HTTP.newBuilder().followRedirects(false).build();

  private TestServer server;
  private UUID job;
  private String link;
  private String token;

  record Page(int status, String body, String contentType, String csp, String retryAfter, byte[] bytes) {}

  @BeforeEach
  void signedJobMailedToTheCustomer() throws Exception {
    server = TestServer.start(Dialect.SQLITE, s -> s.withDelivery(OutboxSettings.defaults()
        .withSmtp("127.0.0.1", SMTP.getSmtp().getPort())));
    World w = server.world;
    ApiClient north = server.as("disp-north");
    ApiClient tech1 = server.as("tech1");
    job = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", job, new CreateWorkOrder(w.customer, w.northSite,
        w.contact, w.equipment, WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks <b>at the valve</b>", null,
        null, w.tech1));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(s, null, null, null));
    }
    tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null,
        "Replaced the valve seal", null));
    List<SignatureStroke> strokes = List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10),
        new SignaturePoint(120, 60), new SignaturePoint(200, 20), new SignaturePoint(300, 90))));
    MutationResult signed = tech1.push("SignServiceReport", ServiceReport.idFor(job), new SignServiceReport(job,
        "Pat Contact", Instant.now().minusSeconds(5), 360, 180, strokes, null));
    assertThat(signed.status()).as(signed.reason()).isEqualTo(MutationStatus.APPLIED);
    assertThat(SMTP.waitForIncomingEmail(90_000, 1)).as("the report's e-mail arrives").isTrue();
    String body = (String) ((MimeMultipart) SMTP.getReceivedMessages()[0].getContent()).getBodyPart(0).getContent();
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    link = m.group(1) + m.group(2);
    token = m.group(2);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The page as served, kept for a person to open in a browser (target/screenshots). */
  static void saveForLooking(String name, String html) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(dir.resolve(name), html);
  }

  static Page get(String url) {
    return call(new Request.Builder().url(url).get().build());
  }

  static Page post(String url, String stars, String comment) {
    FormBody.Builder form = new FormBody.Builder();
    if (stars != null) {
      form.add("stars", stars);
    }
    if (comment != null) {
      form.add("comment", comment);
    }
    return call(new Request.Builder().url(url).post(form.build()).build());
  }

  private static Page call(Request r) {
    try (Response response = HTTP.newCall(r).execute()) {
      byte[] bytes = response.body().bytes();
      return new Page(response.code(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
          response.header("Content-Type"), response.header("Content-Security-Policy"),
          response.header("Retry-After"), bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private long feedbackRows() {
    return server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Feedback'"));
  }

  @Test
  void theLinkShowsTheVisitGivesThePdfAndTakesOneRatingThatReachesTheOffice() throws Exception {
    Page page = get(link);
    saveForLooking("customer-page.html", page.body());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.csp()).contains("default-src 'none'");
    assertThat(page.body()).contains("<html lang=\"en\"", "name=\"viewport\"", "Your service visit WO-",
        "Replaced the valve seal", "Download the sealed report (PDF)", "How did we do?")
        .as("the customer's own text is shown, never run as markup")
        .contains("Boiler leaks &lt;b&gt;at the valve&lt;/b&gt;").doesNotContain("<b>at the valve</b>")
        .doesNotContain("<script");

    Page pdf = get(link + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(pdf.bytes()).isEqualTo(server.server.reports().pdfBytes(ServiceReport.idFor(job)).orElseThrow());

    // bad ratings: a clear message on the page, nothing stored
    Page outside = post(link + "/rating", "9", "great");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.body()).contains("Please choose from 1 to 5 stars.")
        .as("answered at .../rating: the form and the PDF still lead to this link's page")
        .contains("action=\"/customer/report/" + token + "/rating\"", "href=\"/customer/report/" + token + "/pdf\"");
    assertThat(post(link + "/rating", null, null).status()).isEqualTo(400);
    Page script = post(link + "/rating", "4", "<script>alert('x')</script>");
    assertThat(script.status()).isEqualTo(400);
    assertThat(script.body()).contains("plain text").doesNotContain("<script>alert");
    // a control character (U+0000 cannot even be read back on PostgreSQL) is not plain text either
    Page nul = post(link + "/rating", "4", "Quick\u0000 visit");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("plain text");
    assertThat(feedbackRows()).isZero();

    // the region's supervisor is an escalation recipient: they hear of low ratings too
    server.db.write(c -> {
      new Recipients().add(c, new Recipient(Ids.newId(), "SUPERVISOR", "north", Channel.EMAIL, "sup@example.com",
          Locale.ENGLISH, null), Instant.now());
      return null;
    });
    Page rated = post(link + "/rating", "2", "Late & noisy, but fixed");
    assertThat(rated.status()).isEqualTo(303);
    Page after = get(link + "?rated");
    saveForLooking("customer-page-rated.html", after.body());
    assertThat(after.body()).contains("Thank you for your rating.", "You rated this visit 2 stars.",
        "Late &amp; noisy, but fixed").doesNotContain("name=\"stars\"");

    Page second = post(link + "/rating", "5", "changed my mind");
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body()).contains("This visit has already been rated.");
    assertThat(feedbackRows()).isEqualTo(1);

    // the rating reaches the region's office and the job's technician, nobody else
    UUID feedbackId = VisitRatings.feedbackIdFor(ServiceReport.idFor(job));
    JsonNode feedback = await().atMost(Duration.ofSeconds(10))
        .until(() -> server.as("disp-north").pullAll(0).get("Feedback", feedbackId), f -> f != null);
    assertThat(feedback.get("rating").asInt()).isEqualTo(2);
    assertThat(feedback.get("comment").asText()).isEqualTo("Late & noisy, but fixed");
    assertThat(feedback.get("workOrderId").asText()).isEqualTo(job.toString());
    assertThat(server.as("tech1").pullAll(0).has("Feedback", feedbackId)).isTrue();
    assertThat(server.as("disp-south").pullAll(0).has("Feedback", feedbackId)).isFalse();
    assertThat(server.as("tech2").pullAll(0).has("Feedback", feedbackId)).isFalse();

    // 2 stars: a complaint job at P1 waits in the dispatcher's queue, naming the rated job
    UUID complaint = LowRatingFollowUp.followUpIdFor(feedbackId);
    JsonNode followUp = await().atMost(Duration.ofSeconds(10))
        .until(() -> server.as("disp-north").pullAll(0).get("WorkOrder", complaint), f -> f != null);
    String rated1 = server.as("disp-north").pullAll(0).get("WorkOrder", job).get("number").asText();
    assertThat(followUp.get("type").asText()).isEqualTo("COMPLAINT");
    assertThat(followUp.get("priority").asText()).isEqualTo("P1");
    assertThat(followUp.get("status").asText()).isEqualTo("NEW");
    assertThat(followUp.get("contactId").asText()).isEqualTo(server.world.contact.toString());
    assertThat(followUp.get("problem").asText()).contains(rated1, "2 of 5 stars", "Late & noisy, but fixed",
        job.toString());
    // and the supervisor's e-mail arrives
    assertThat(SMTP.waitForIncomingEmail(30_000, 2)).isTrue();
    jakarta.mail.internet.MimeMessage sup = SMTP.getReceivedMessages()[1];
    assertThat(sup.getAllRecipients()[0].toString()).isEqualTo("sup@example.com");
    assertThat(sup.getSubject()).isEqualTo("Low rating: " + rated1 + " was rated 2 of 5 stars");
  }

  @Test
  void aTamperedExpiredOrRevokedLinkGetsAClearPageAndGuessingIsSlowed() {
    String base = link.substring(0, link.length() - token.length());
    char last = token.charAt(token.length() - 1);
    String tampered = base + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    Page wrong = get(tampered);
    assertThat(wrong.status()).isEqualTo(404);
    assertThat(wrong.body()).contains("This link does not work").doesNotContain("WO-");
    assertThat(post(tampered + "/rating", "1", "x").status()).isEqualTo(404);
    assertThat(get(tampered + "/pdf").status()).isEqualTo(404);
    assertThat(feedbackRows()).isZero();

    // expired: the page says so in words and takes no rating
    server.db.write(c -> Jdbc.update(c, "UPDATE customer_report_link SET expires_at = ?",
        Instant.now().minusSeconds(1).toEpochMilli()));
    Page expired = get(link);
    assertThat(expired.status()).isEqualTo(410);
    assertThat(expired.body()).contains("This link has expired").doesNotContain("Replaced the valve seal");
    assertThat(post(link + "/rating", "5", null).status()).isEqualTo(410);

    // revoked by the office
    server.db.write(c -> Jdbc.update(c, "UPDATE customer_report_link SET expires_at = ?",
        Instant.now().plusSeconds(3600).toEpochMilli()));
    assertThat(get(link).status()).isEqualTo(200);
    server.db.write(c -> new CustomerLinks().revoke(c, ServiceReport.idFor(job), Instant.now()));
    Page revoked = get(link);
    assertThat(revoked.status()).isEqualTo(410);
    assertThat(revoked.body()).contains("This link has been withdrawn");
    assertThat(feedbackRows()).isZero();

    // guessing: after 10 links that open nothing, this address waits, whatever it tries
    for (int i = 0; i < 10; i++) {
      get(base + "guess" + i);
    }
    Page slowed = get(base + "another-guess");
    assertThat(slowed.status()).isEqualTo(429);
    assertThat(slowed.retryAfter()).isNotNull();
    assertThat(slowed.body()).contains("Too many attempts", "Please wait");
  }

  @Test
  void theOfficeWithdrawsTheLinkThePageSaysSoAndTakesNoRatingThenANewLinkIsMailed() throws Exception {
    assertThat(get(link).status()).isEqualTo(200);
    String revoke = "/api/v1/reports/" + job + "/customer-link/revoke";
    // not the job's office: the job does not exist for them, and nothing changes
    assertThat(server.as("disp-south").post(revoke, "").status()).isEqualTo(404);
    assertThat(server.as("tech1").post(revoke, "").status()).isEqualTo(404);
    assertThat(server.as("disp-north").post("/api/v1/reports/not-a-uuid/customer-link/revoke", "").status())
        .isEqualTo(400);
    assertThat(get(link).status()).isEqualTo(200);

    ApiClient.Reply withdrawn = server.as("disp-north").post(revoke, "");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("revokedLinks").asInt()).isEqualTo(1);
    Page page = get(link);
    saveForLooking("customer-page-withdrawn.html", page.body());
    assertThat(page.status()).isEqualTo(410);
    assertThat(page.body()).contains("This link has been withdrawn").doesNotContain("Replaced the valve seal");
    Page rating = post(link + "/rating", "1", "too late");
    assertThat(rating.status()).isEqualTo(410);
    assertThat(get(link + "/pdf").status()).isEqualTo(410);
    assertThat(feedbackRows()).isZero();
    assertThat(server.as("disp-north").post(revoke, "").json().get("revokedLinks").asInt())
        .as("withdrawing again finds nothing open").isZero();

    // re-send: a new link by e-mail opens the page again; the withdrawn one stays withdrawn
    assertThat(server.as("disp-south").post("/api/v1/reports/" + job + "/customer-link", "").status()).isEqualTo(404);
    ApiClient.Reply resent = server.as("disp-north").post("/api/v1/reports/" + job + "/customer-link", "");
    assertThat(resent.status()).as(resent.body()).isEqualTo(201);
    assertThat(resent.json().get("address").asText()).isEqualTo("pat@example.com");
    assertThat(SMTP.waitForIncomingEmail(30_000, 2)).isTrue();
    String body = (String) ((MimeMultipart) SMTP.getReceivedMessages()[1].getContent()).getBodyPart(0).getContent();
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    String fresh = m.group(1) + m.group(2);
    assertThat(fresh).isNotEqualTo(link);
    assertThat(get(fresh).status()).isEqualTo(200);
    assertThat(get(link).status()).isEqualTo(410);
    assertThat(post(fresh + "/rating", "5", "thanks").status()).isEqualTo(303);
    assertThat(feedbackRows()).isEqualTo(1);
  }
}
