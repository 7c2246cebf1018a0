package com.fieldops.server.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.report.CustomerLinks;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The customer's pages in a real browser (headless Chromium at phone size, 390 x 844) against the real
 * server on loopback, with a dispatcher's real replica (client-core) on the same server: the report
 * link, its PDF and a 2-star rating that puts a complaint into the dispatcher's queue; the office
 * withdrawing the link; a contact signing in, reporting a problem that reaches the dispatcher, and
 * finding nothing of another company. Screenshots go to target/screenshots/ for a person to look at.
 * Needs Debian's chromium and chromium-driver (.ci/run installs them); without them it is skipped,
 * saying so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerPagesBrowserTest {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PASSWORD = "pat-secret-1";

  final Path downloads = Path.of("target", "downloads", "customer-pages").toAbsolutePath();
  final Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
  final UUID globexMachine = Ids.newId();
  TestServer server;
  WebDriver browser;
  Replica dispatcher;
  UUID visit;
  UUID globexJob;

  @BeforeAll
  void serverBrowserAndDispatcher(@org.junit.jupiter.api.io.TempDir Path replicaDir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "browser tests need Debian chromium and chromium-driver (apt-get install chromium chromium-driver)");
    if (Files.isDirectory(downloads)) { // an earlier run's file must not pass for this run's download
      try (var old = Files.list(downloads)) {
        for (Path f : old.toList()) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(downloads);
    Files.createDirectories(screenshots);
    server = TestServer.start(Dialect.SQLITE);
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(new Equipment(globexMachine,
        server.world.otherCustomer, server.world.otherNorthSite, "GLX-SECRET-9", "Globex", "Turbine", null, null, null,
        EquipmentStatus.ACTIVE)));
    visit = CompletedVisit.make(server, server.world.northSite, server.world.contact, server.world.equipment,
        "Boiler leaks <b>at the valve</b>", "Replaced the valve seal", true);
    globexJob = CompletedVisit.make(server, server.world.otherNorthSite, null, globexMachine, "Globex turbine noise",
        "Globex fixed", true);
    assertThat(server.as("admin").post("/api/v1/admin/customer-accounts", Json.write(Map.of("username", "pat",
        "contactId", server.world.contact.toString(), "password", PASSWORD))).status()).isEqualTo(201);

    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=390,844",
        "--lang=en-US");
    // a phone's viewport (a headless window is at least 500 px wide)
    options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844,
        "pixelRatio", 1.0)));
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
    browser = new ChromeDriver(options);
    browser.manage().timeouts().pageLoadTimeout(WAIT).implicitlyWait(Duration.ofSeconds(2));

    dispatcher = Replicas.open(ReplicaConfig.of(replicaDir.resolve("disp-north.db"), server.base)
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5)));
    SignInOutcome signedIn = dispatcher.signIn("disp-north", TestServer.PASSWORD.toCharArray()).get(30,
        TimeUnit.SECONDS);
    assertThat(signedIn).isInstanceOf(SignInOutcome.SignedIn.class);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (dispatcher != null) {
      dispatcher.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theReportLinkGivesThePdfAndATwoStarRatingPutsAComplaintInTheDispatchersQueueUntilTheLinkIsWithdrawn()
      throws Exception {
    // the link as the report's e-mail carries it (ReportDelivery mints it the same way)
    String token = server.db.write(c -> new CustomerLinks().mint(c, ServiceReport.idFor(visit), visit,
        server.world.contact, Instant.now(), Instant.now().plus(Duration.ofDays(90))));
    String link = server.base + "/customer/report/" + token;
    browser.get(link);
    screenshot("browser-report-link.png");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Your service visit WO-");
    assertThat(text()).contains("Replaced the valve seal", "Boiler leaks <b>at the valve</b>");
    assertThat(browser.findElements(By.tagName("b"))).as("the customer's text is not markup").isEmpty();

    browser.findElement(By.id("download")).click();
    byte[] expected = server.server.reports().pdfBytes(ServiceReport.idFor(visit)).orElseThrow();
    Path pdf = Awaitility.await().atMost(WAIT).until(() -> downloaded(".pdf"), Optional::isPresent).orElseThrow();
    assertThat(Files.readAllBytes(pdf)).isEqualTo(expected);

    browser.findElement(By.cssSelector("label:has(#stars-2)")).click();
    browser.findElement(By.id("comment")).sendKeys("Late & noisy <script>alert(1)</script>");
    browser.findElement(By.id("send")).click();
    until(() -> browser.findElement(By.id("message")).getText().contains("plain text"));
    browser.findElement(By.cssSelector("label:has(#stars-2)")).click();
    browser.findElement(By.id("comment")).clear();
    browser.findElement(By.id("comment")).sendKeys("Late and noisy, but fixed");
    browser.findElement(By.id("send")).click();
    // the POST answers with a redirect: the browser may still be on its way there
    until(() -> browser.getCurrentUrl().equals(link + "?rated"));
    assertThat(browser.getCurrentUrl()).isEqualTo(link + "?rated");
    assertThat(browser.findElement(By.id("rated")).getText()).isEqualTo("You rated this visit 2 stars.");
    screenshot("browser-report-rated.png");

    WorkOrderRow complaint = awaitInQueue(r -> r.type() == WorkOrderType.COMPLAINT);
    assertThat(complaint.priority()).isEqualTo(Priority.P1);
    assertThat(complaint.status()).isEqualTo(WorkOrderStatus.NEW);
    assertThat(complaint.customerId()).isEqualTo(server.world.customer);
    assertThat(complaint.summary()).contains("2 of 5 stars", "Late and noisy, but fixed");

    // the office withdraws the link (the console's button calls this): the page says so, in words
    assertThat(server.as("disp-north").post("/api/v1/reports/" + visit + "/customer-link/revoke", "").status())
        .isEqualTo(200);
    browser.navigate().refresh();
    screenshot("browser-report-withdrawn.png");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link has been withdrawn");
    assertThat(text()).doesNotContain("Replaced the valve seal");
  }

  @Test
  void aContactSignsInReportsAProblemThatReachesTheDispatcherAndFindsNothingOfAnotherCompany() throws Exception {
    browser.manage().deleteAllCookies();
    browser.get(server.base + "/customer");
    screenshot("browser-account-sign-in.png");
    browser.findElement(By.id("username")).sendKeys("pat");
    browser.findElement(By.id("password")).sendKeys("wrong-password");
    browser.findElement(By.id("sign-in")).click();
    until(() -> browser.findElement(By.id("message")).getText().contains("The user name or password is wrong"));
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("sign-in")).click();

    until(() -> browser.findElement(By.tagName("h1")).getText().equals("Service overview: Acme Corp"));
    screenshot("browser-account-overview.png");
    assertThat(browser.findElements(By.cssSelector("#visits li[data-job='" + visit + "']"))).hasSize(1);
    assertThat(text()).contains("Carrier X1 (SN-1)").doesNotContain("Globex", "GLX-SECRET-9");
    assertThat(browser.manage().getCookieNamed(PortalSession.COOKIE).isHttpOnly()).isTrue();

    browser.findElement(By.cssSelector("li[data-machine='" + server.world.equipment + "'] a.button")).click();
    until(() -> browser.findElement(By.tagName("h1")).getText().equals("Report a problem with Carrier X1 (SN-1)"));
    browser.findElement(By.id("description")).sendKeys("The unit blows warm air <i>since Monday</i>");
    browser.findElement(By.id("preferredTime")).sendKeys("Tuesday morning");
    screenshot("browser-account-problem.png");
    browser.findElement(By.id("send-problem")).click();
    until(() -> browser.findElement(By.id("message")).getText()
        .startsWith("Thank you. Your problem was reported as job WO-"));
    screenshot("browser-account-reported.png");

    WorkOrderRow reported = awaitInQueue(r -> r.summary() != null && r.summary().contains("blows warm air"));
    assertThat(reported.type()).isEqualTo(WorkOrderType.REPAIR);
    assertThat(reported.status()).isEqualTo(WorkOrderStatus.NEW);
    assertThat(text()).contains(reported.label(), "The unit blows warm air <i>since Monday</i>");
    WorkOrderDetail detail = dispatcher.workOrders().workOrder(reported.id()).orElseThrow();
    assertThat(detail.workOrder().contactId()).as("the contact is the caller").isEqualTo(server.world.contact);
    assertThat(detail.workOrder().equipmentId()).isEqualTo(server.world.equipment);
    assertThat(detail.workOrder().problem()).endsWith("Preferred time (customer): Tuesday morning");

    for (String path : List.of("/customer/visits/" + globexJob, "/customer/machines/" + globexMachine + "/problem")) {
      browser.get(server.base + path);
      assertThat(browser.findElement(By.tagName("h1")).getText()).as(path).isEqualTo("Not found");
      assertThat(text()).as(path).doesNotContain("Globex", "GLX", "turbine");
    }
    screenshot("browser-account-other-company.png");
  }

  private WorkOrderRow awaitInQueue(java.util.function.Predicate<WorkOrderRow> which) {
    return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
      dispatcher.syncNow();
      return dispatcher.workOrders().openWorkOrders().stream().filter(which).findFirst();
    }, Optional::isPresent).orElseThrow();
  }

  /** After a click that loads a page: the old page may still be shown for a moment (stale elements ignored). */
  private static void until(java.util.concurrent.Callable<Boolean> condition) {
    Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(condition);
  }

  private String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  private Optional<Path> downloaded(String suffix) throws java.io.IOException {
    try (var files = Files.list(downloads)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
    }
  }

  private void screenshot(String name) throws java.io.IOException {
    Files.write(screenshots.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
