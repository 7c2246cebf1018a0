package com.fieldops.server.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Contact;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A customer contact with an account on the customer's pages, through the real server on loopback:
 * who may make the account, what the contact sees of their own company and nothing of another's,
 * the problem they report reaching the dispatcher's queue, and what the forms refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CustomerAccountPagesContract {
  /** The database the server runs on: the portal's own queries run on both. */
  abstract Dialect dialect();

  static final String PASSWORD = "pat-secret-1";
  TestServer server;
  UUID visit;
  UUID globexJob;
  final UUID globexMachine = Ids.newId();
  final UUID chineseContact = Ids.newId();
  final UUID acmeSecondMachine = Ids.newId();

  @BeforeAll
  void companyWithAVisitAndAnotherCompany() throws Exception {
    server = TestServer.start(dialect());
    var w = server.world;
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(
        new Equipment(globexMachine, w.otherCustomer, w.otherNorthSite, "GLX-SECRET-9", "Globex", "Turbine", null, null,
            null, EquipmentStatus.ACTIVE),
        new Equipment(acmeSecondMachine, w.customer, w.southSite, "SN-<2>", "Acme <b>Bold</b>", "Pump", null, null,
            null, EquipmentStatus.ACTIVE),
        new Contact(chineseContact, w.customer, w.northSite, "王 芳", "wang@example.com", null, null, "zh-CN")));
    visit = CompletedVisit.make(server, w.northSite, w.contact, w.equipment, "Boiler leaks <b>at the valve</b>",
        "Replaced the valve seal", true);
    globexJob = CompletedVisit.make(server, w.otherNorthSite, null, globexMachine, "Globex turbine noise",
        "Globex fixed", true);
    ApiClient admin = server.as("admin");
    assertThat(admin.post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "pat", "contactId",
        w.contact.toString(), "password", PASSWORD))).status()).isEqualTo(201);
    assertThat(admin.post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "wang", "contactId",
        chineseContact.toString(), "password", PASSWORD))).status()).isEqualTo(201);
  }

  @AfterAll
  void stop() throws Exception {
    server.close();
  }

  PortalClient signedIn(String user, String language) {
    PortalClient browser = new PortalClient(server.base, language);
    PortalClient.Page page = browser.signIn(user, PASSWORD);
    assertThat(page.status()).as(page.body()).isEqualTo(303);
    return browser;
  }

  @Test
  void onlyAnAdminGivesAContactAnAccountAndBadInputNamesTheField() throws Exception {
    ApiClient admin = server.as("admin");
    String body = Json.write(Map.of("username", "pat2", "contactId", server.world.contact.toString(), "password",
        PASSWORD));
    assertThat(server.as("disp-north").post("/api/v1/admin/customer-accounts", body).status()).isEqualTo(403);
    ApiClient.Reply unknown = admin.post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "nobody",
        "contactId", Ids.newId().toString(), "password", PASSWORD)));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("field").asText()).isEqualTo("contactId");
    ApiClient.Reply shortPassword = admin.post("/api/v1/admin/customer-accounts", Json.write(Map.of("username",
        "short", "contactId", server.world.contact.toString(), "password", "x")));
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.json().get("field").asText()).isEqualTo("password");
    ApiClient.Reply taken = admin.post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "pat",
        "contactId", server.world.contact.toString(), "password", PASSWORD)));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().get("field").asText()).isEqualTo("username");
    assertThat(count(server, "SELECT COUNT(*) FROM app_user WHERE username IN"
        + " ('pat2', 'nobody', 'short')")).isZero();

    ApiClient.Reply made = admin.post("/api/v1/admin/customer-accounts", body);
    assertThat(made.status()).isEqualTo(201);
    JsonNode user = made.json().get("user");
    assertThat(user.get("role").asText()).isEqualTo("CUSTOMER");
    assertThat(user.get("displayName").asText()).isEqualTo("Pat Contact");
    assertThat(made.json().get("customerId").asText()).isEqualTo(server.world.customer.toString());
  }

  @Test
  void aContactSeesTheirCompanysVisitsMachinesAndOpenJobsAndNothingOfAnotherCompany() throws Exception {
    ApiClient north = server.as("disp-north");
    UUID open = Ids.newId();
    north.push("CreateWorkOrder", open, new com.fieldops.workorder.mutation.CreateWorkOrder(server.world.customer,
        server.world.northSite, server.world.contact,
        server.world.equipment, com.fieldops.workorder.model.WorkOrderType.INSPECTION,
        com.fieldops.workorder.model.Priority.P3, null, "Yearly check <script>alert(1)</script>", null, null, null));

    PortalClient browser = new PortalClient(server.base, null);
    PortalClient.Page form = browser.get("/customer");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Sign in to your service account", "<label for=\"username\">",
        "<label for=\"password\">", "autocomplete=\"current-password\"");
    assertThat(form.setCookies()).anySatisfy(c -> assertThat(c).startsWith(PortalSession.SIGN_IN_COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/customer"));
    PortalClient.Page in = browser.post("/customer/sign-in", "username", "pat", "password", PASSWORD, "csrf",
        form.csrf());
    assertThat(in.status()).isEqualTo(303);
    assertThat(in.location()).isEqualTo("/customer");
    assertThat(in.setCookies()).anySatisfy(c -> assertThat(c).startsWith(PortalSession.COOKIE + "=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/customer").doesNotContain("Max-Age=0"));

    PortalClient.Page home = browser.get("/customer");
    CustomerPageTest.saveForLooking("customer-account-overview.html", home.body());
    String label = server.as("disp-north").pullAll(0).get("WorkOrder", visit).get("number").asText();
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("Service overview: Acme Corp", "Signed in as Pat Contact", label,
        "Replaced the valve seal", "/customer/visits/" + visit + "/pdf", "Carrier X1 (SN-1)",
        "Acme &lt;b&gt;Bold&lt;/b&gt; Pump (SN-&lt;2&gt;)", "Yearly check &lt;script&gt;alert(1)&lt;/script&gt;",
        "Received, waiting to be planned", "Report a problem", "<h2 id=\"machines-heading\">")
        .doesNotContain("<script>", "<b>Bold</b>", "Globex", "GLX-SECRET-9", globexMachine.toString(),
            globexJob.toString());

    PortalClient.Page visitPage = browser.get("/customer/visits/" + visit);
    assertThat(visitPage.status()).isEqualTo(200);
    assertThat(visitPage.body()).contains("Boiler leaks &lt;b&gt;at the valve&lt;/b&gt;", "Replaced the valve seal",
        "Download the sealed report (PDF)");
    PortalClient.Page pdf = browser.get("/customer/visits/" + visit + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.bytes()).isEqualTo(server.server.reports().pdfBytes(ServiceReport.idFor(visit)).orElseThrow());

    // another company's ids, an unknown id, an open job as a visit, garbage: one "not found" page, nothing revealed
    for (String path : List.of("/customer/visits/" + globexJob, "/customer/visits/" + globexJob + "/pdf",
        "/customer/machines/" + globexMachine + "/problem", "/customer/visits/" + Ids.newId(),
        "/customer/visits/" + open, "/customer/visits/not-an-id", "/customer/machines/%3Cscript%3E/problem")) {
      PortalClient.Page other = browser.get(path);
      assertThat(other.status()).as(path).isEqualTo(404);
      assertThat(other.body()).as(path).contains("There is nothing here for your account.")
          .doesNotContain("Globex", "GLX", "turbine", "<script");
    }
    PortalClient.Page otherPost = browser.post("/customer/machines/" + globexMachine + "/problem", "description",
        "x", "requestId", Ids.newId().toString(), "csrf", home.csrf());
    assertThat(otherPost.status()).isEqualTo(404);

    // signed out: the session is over on the server, not just in the browser
    String token = browser.cookies.get(PortalSession.COOKIE).value();
    assertThat(browser.post("/customer/sign-out", "csrf", "wrong").status()).isEqualTo(403);
    assertThat(browser.get("/customer").body()).contains("Service overview");
    PortalClient.Page out = browser.post("/customer/sign-out", "csrf", home.csrf());
    assertThat(out.status()).isEqualTo(303);
    assertThat(browser.get("/customer").body()).contains("Sign in to your service account");
    assertThat(server.anonymous().withToken(token).get("/api/v1/auth/me").status()).isEqualTo(401);
    assertThat(browser.get("/customer/visits/" + visit).status()).isEqualTo(303);
  }

  @Test
  void aReportedProblemLandsOnceInTheDispatchersQueueWithTheContactAsCaller() throws Exception {
    PortalClient browser = signedIn("pat", null);
    String path = "/customer/machines/" + server.world.equipment + "/problem";
    PortalClient.Page form = browser.get(path);
    CustomerPageTest.saveForLooking("customer-account-problem.html", form.body());
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.body()).contains("Report a problem with Carrier X1 (SN-1)", "<label for=\"description\">",
        "<label for=\"preferredTime\">");
    long jobsBefore = jobs();

    PortalClient.Page noCsrf = browser.post(path, "description", "Fan rattles", "requestId", form.requestId());
    assertThat(noCsrf.status()).isEqualTo(403);
    assertThat(noCsrf.body()).contains("this form could not be accepted");
    PortalClient.Page empty = browser.post(path, "description", "  ", "preferredTime", "x".repeat(201), "requestId",
        form.requestId(), "csrf", form.csrf());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("Please describe the problem.",
        "The preferred time can be at most 200 characters long.", "aria-invalid=\"true\"");
    assertThat(jobs()).isEqualTo(jobsBefore);

    String words = "Fan rattles <img src=x onerror=alert(1)> since Monday";
    PortalClient.Page sent = browser.post(path, "description", words, "preferredTime", "Tuesday morning",
        "requestId", form.requestId(), "csrf", form.csrf());
    assertThat(sent.status()).as(sent.body()).isEqualTo(303);
    PortalClient.Page again = browser.post(path, "description", words, "preferredTime", "Tuesday morning",
        "requestId", form.requestId(), "csrf", form.csrf());
    assertThat(again.status()).isEqualTo(303);
    assertThat(again.location()).isEqualTo(sent.location());
    assertThat(jobs()).as("the same form sent twice opens one job").isEqualTo(jobsBefore + 1);

    UUID job = UUID.fromString(sent.location().substring(sent.location().indexOf('=') + 1));
    JsonNode wo = await().atMost(Duration.ofSeconds(10))
        .until(() -> server.as("disp-north").pullAll(0).get("WorkOrder", job), j -> j != null);
    assertThat(wo.get("status").asText()).isEqualTo("NEW");
    assertThat(wo.get("type").asText()).isEqualTo("REPAIR");
    assertThat(wo.get("priority").asText()).isEqualTo("P3");
    assertThat(wo.get("contactId").asText()).isEqualTo(server.world.contact.toString());
    assertThat(wo.get("equipmentId").asText()).isEqualTo(server.world.equipment.toString());
    assertThat(wo.get("siteId").asText()).isEqualTo(server.world.northSite.toString());
    assertThat(wo.get("problem").asText()).isEqualTo(words + "\nPreferred time (customer): Tuesday morning");
    assertThat(server.as("disp-south").pullAll(0).has("WorkOrder", job)).isFalse();

    PortalClient.Page home = browser.get(sent.location());
    assertThat(home.body()).contains("Your problem was reported as job " + wo.get("number").asText(),
        "Fan rattles &lt;img src=x onerror=alert(1)&gt; since Monday").doesNotContain("<img");
  }

  @Test
  void thePagesSpeakTheContactsLanguageOrTheBrowsersBeforeSignIn() throws Exception {
    PortalClient browser = new PortalClient(server.base, "zh-CN,zh;q=0.9");
    PortalClient.Page form = browser.get("/customer");
    assertThat(form.body()).contains("<html lang=\"zh-CN\"", "登录您的服务账户");
    assertThat(browser.post("/customer/sign-in", "username", "wang", "password", PASSWORD, "csrf", form.csrf())
        .status()).isEqualTo(303);
    PortalClient.Page home = browser.get("/customer");
    CustomerPageTest.saveForLooking("customer-account-overview-zh.html", home.body());
    assertThat(home.body()).contains("服务概览：Acme Corp", "当前登录：王 芳", "您的设备", "报修");

    PortalClient english = signedIn("pat", "zh-CN");
    assertThat(english.get("/customer").body()).as("the contact's language wins over the browser's")
        .contains("Service overview: Acme Corp");
  }

  @Test
  void officeStaffCannotUseTheCustomerPagesAndAFormWithoutItsTokenIsRefused() throws Exception {
    PortalClient browser = new PortalClient(server.base, null);
    PortalClient.Page form = browser.get("/customer");
    assertThat(browser.post("/customer/sign-in", "username", "pat", "password", PASSWORD).status())
        .as("no CSRF token").isEqualTo(403);
    assertThat(browser.post("/customer/sign-in", "username", "pat", "password", PASSWORD, "csrf", "forged")
        .status()).isEqualTo(403);
    PortalClient.Page office = browser.post("/customer/sign-in", "username", "disp-north", "password",
        TestServer.PASSWORD, "csrf", form.csrf());
    assertThat(office.status()).isEqualTo(401);
    assertThat(office.body()).contains("The user name or password is wrong, or this account cannot sign in here.");
    assertThat(browser.cookies).doesNotContainKey(PortalSession.COOKIE);
    assertThat(count(server, "SELECT COUNT(*) FROM user_session s JOIN app_user u"
        + " ON u.id = s.user_id WHERE u.username = 'disp-north' AND s.device_id = ? AND s.revoked = ?",
        CustomerPortalController.DEVICE, false)).as("the office session opened by the try is ended").isZero();
  }

  @Test
  void failedSignInsAreThrottledLikeTheApisAndRecordedAsSecurityEvents() throws Exception {
    try (TestServer own = TestServer.start(dialect())) { // its own: the throttle counts this address
      assertThat(own.as("admin").post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "pat",
          "contactId", own.world.contact.toString(), "password", PASSWORD))).status()).isEqualTo(201);
      PortalClient browser = new PortalClient(own.base, null);
      String csrf = browser.get("/customer").csrf();
      for (int i = 0; i < 5; i++) {
        PortalClient.Page wrong = browser.post("/customer/sign-in", "username", "pat", "password", "wrong-" + i,
            "csrf", csrf);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("The user name or password is wrong").contains("value=\"pat\"")
            .doesNotContain("wrong-" + i);
      }
      PortalClient.Page slowed = browser.post("/customer/sign-in", "username", "pat", "password", PASSWORD,
          "csrf", csrf);
      CustomerPageTest.saveForLooking("customer-account-throttled.html", slowed.body());
      assertThat(slowed.status()).as("even the right password waits").isEqualTo(429);
      assertThat(slowed.body()).contains("Too many failed sign-ins. Please wait");
      assertThat(browser.cookies).doesNotContainKey(PortalSession.COOKIE);
      assertThat(count(own, "SELECT COUNT(*) FROM security_event WHERE kind = ?"
          + " AND username = ?", "SIGN_IN_FAILED", "pat")).isEqualTo(5);
    }
  }

  private static long count(TestServer on, String sql, Object... args) {
    return on.db.read(c -> Jdbc.queryLong(c, sql, args));
  }

  private long jobs() {
    return server.db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'WorkOrder'"));
  }
}
