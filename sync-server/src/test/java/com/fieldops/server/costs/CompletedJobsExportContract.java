package com.fieldops.server.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.Money;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The billing export as the office opens it in Excel or LibreOffice, once per engine: completed jobs of
 * the caller's region with their costs, Chinese names intact, a BOM, CRLF, '.' decimals and ISO dates;
 * rates set through UpsertTechnician; bad dates are a 400 naming the parameter.
 */
abstract class CompletedJobsExportContract {
  static final Instant DONE = Instant.parse("2026-03-31T23:30:00Z"); // 2026-04-01 07:30 in Shanghai

  TestServer server;
  World w;
  final UUID shanghaiSite = Ids.newId();
  final UUID shanghaiCustomer = Ids.newId();
  final UUID job = Ids.newId();
  final UUID openJob = Ids.newId();
  final UUID cnPart = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Technician tess(Money hourly, Money travel) {
    Technician t = w.technician(w.tech1, "王伟 (Tess One)", "north");
    return new Technician(t.id(), t.userId(), t.name(), "tess.one@example.com", t.phone(), t.region(), t.skills(),
        t.vanStockLocationId(), t.timeZone(), t.weeklyHours(), t.absences(), true, hourly, travel);
  }

  /** A job of the north region at a Shanghai site, completed at {@link #DONE}, with travel, labour and parts. */
  private void seedCompletedJob() {
    Instant start = DONE.minusSeconds(4 * 3600);
    WorkOrder done = new WorkOrder(job, "WO-2026-000042", shanghaiCustomer, shanghaiSite, null, null,
        WorkOrderType.REPAIR, Priority.P2, WorkOrderStatus.COMPLETED, null, w.tech1, null, "north", null, null,
        "压缩机过热", "更换过滤器", start.minusSeconds(3600), server.adminId);
    WorkOrder open = new WorkOrder(openJob, "WO-2026-000043", shanghaiCustomer, shanghaiSite, null, null,
        WorkOrderType.REPAIR, Priority.P2, WorkOrderStatus.ON_SITE, null, w.tech1, null, "north", null, null,
        "still open", null, start, server.adminId);
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(
        new Customer(shanghaiCustomer, "上海制冷设备有限公司, 浦东", "C-000777", null, null, World.address("Shanghai"), "zh"),
        new Site(shanghaiSite, shanghaiCustomer, "浦东仓库 \"2号门\"", World.address("Shanghai"), ZoneId.of("Asia/Shanghai"),
            null, "north", null),
        new Part(cnPart, "FLT-200", "过滤器", null, false, Money.of("5.50", "USD"), Money.of("12.25", "USD"), "pcs"),
        done, open,
        new TimeEntry(Ids.newId(), job, w.tech1, TimeEntryKind.TRAVEL, start, start.plusSeconds(45 * 60), true, null),
        new TimeEntry(Ids.newId(), job, w.tech1, TimeEntryKind.LABOUR, start.plusSeconds(3600),
            start.plusSeconds(3600 + 100 * 60), true, null),
        new PartUsage(Ids.newId(), job, cnPart, Ids.newId(), 3, null, w.tech1, start.plusSeconds(7200)),
        new PartUsage(Ids.newId(), job, w.part, Ids.newId(), 1, null, w.tech1, start.plusSeconds(7300)),
        new WorkOrderEvent.StatusChanged(Ids.newId(), job, null, "device-tess", DONE, DONE, WorkOrderStatus.ON_SITE,
            WorkOrderStatus.COMPLETED, null, null)));
  }

  record Download(int status, byte[] bytes, String contentType, String disposition) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** The raw bytes (OkHttp's string() would swallow the BOM this test is about). */
  private Download get(ApiClient as, String query) throws IOException {
    Request r = new Request.Builder().url(server.base + "/api/v1/exports/completed-jobs.csv" + query)
        .header("Authorization", "Bearer " + as.token()).header("Accept-Language", "zh-CN").get().build();
    try (Response resp = ApiClient.HTTP.newCall(r).execute()) {
      return new Download(resp.code(), resp.body().bytes(), resp.header("Content-Type"),
          resp.header("Content-Disposition"));
    }
  }

  private static List<CSVRecord> parse(Download d) throws IOException {
    String text = d.text();
    assertThat(text).as("byte-order mark first, so Excel reads UTF-8").startsWith("\uFEFF");
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(false).get()
        .parse(new StringReader(text.substring(1))).getRecords();
  }

  @Test
  void theOfficeGetsItsCompletedJobsWithCostsReadyForExcel() throws IOException {
    ApiClient admin = server.as("admin");
    MutationResult rates = admin.push("UpsertTechnician", w.tech1,
        new UpsertTechnician(tess(Money.of("80.00", "USD"), Money.of("50.00", "USD"))));
    assertThat(rates.status()).as(rates.reason()).isEqualTo(MutationStatus.APPLIED);
    seedCompletedJob();

    Download d = get(server.as("disp-north"), "?from=2026-04-01&to=2026-04-30");

    assertThat(d.status()).isEqualTo(200);
    assertThat(d.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
    assertThat(d.disposition()).contains("attachment").contains("completed-jobs-2026-04-01-2026-04-30.csv");
    assertThat(d.bytes()[0] & 0xff).isEqualTo(0xEF);
    assertThat(d.bytes()[1] & 0xff).isEqualTo(0xBB);
    assertThat(d.bytes()[2] & 0xff).isEqualTo(0xBF);
    assertThat(d.text().split("\r\n", -1)).as("header, one job, and the CRLF of the last line").hasSize(3);
    List<CSVRecord> rows = parse(d);
    assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CompletedJobsCsv.COLUMNS);
    assertThat(rows).hasSize(1);
    CSVRecord row = rows.get(0);
    assertThat(row.get("work_order")).isEqualTo("WO-2026-000042");
    assertThat(row.get("completed_on")).as("the day in Shanghai, not in UTC").isEqualTo("2026-04-01");
    assertThat(row.get("completed_at")).isEqualTo("2026-03-31T23:30:00Z");
    assertThat(row.get("customer_account")).isEqualTo("C-000777");
    assertThat(row.get("customer")).isEqualTo("上海制冷设备有限公司, 浦东");
    assertThat(row.get("site")).isEqualTo("浦东仓库 \"2号门\"");
    assertThat(row.get("technicians")).isEqualTo("王伟 (Tess One)");
    assertThat(row.get("travel_hours")).isEqualTo("0.75");
    assertThat(row.get("travel")).isEqualTo("37.50");          // 45 min × 50.00
    assertThat(row.get("labour_hours")).isEqualTo("1.67");
    assertThat(row.get("labour")).isEqualTo("133.33");         // 100 min × 80.00
    assertThat(row.get("parts_at_cost")).isEqualTo("21.50");   // 3 × 5.50 + 1 × 5.00
    assertThat(row.get("parts_at_price")).isEqualTo("45.75");  // 3 × 12.25 + 1 × 9.00
    assertThat(row.get("total")).isEqualTo("216.58");
    assertThat(row.get("currency")).isEqualTo("USD");
    assertThat(row.get("complete")).isEqualTo("yes");
    assertThat(row.get("problems")).isEmpty();

    assertThat(parse(get(server.as("disp-south"), "?from=2026-04-01&to=2026-04-30")))
        .as("another region's office sees none of it").isEmpty();
    assertThat(parse(get(server.as("disp-north"), "?from=2026-03-01&to=2026-03-31")))
        .as("completed on 1 April at the site").isEmpty();
    assertThat(parse(get(admin, "?from=2026-04-01&to=2026-04-01"))).hasSize(1);
  }

  @Test
  void aTechnicianWithoutRateMakesTheRowIncompleteNotWrong() throws IOException {
    seedCompletedJob();
    CSVRecord row = parse(get(server.as("admin"), "?from=2026-04-01&to=2026-04-01")).get(0);
    assertThat(row.get("currency")).as("the parts' currency").isEqualTo("USD");
    assertThat(row.get("labour")).isEqualTo("0.00");
    assertThat(row.get("total")).isEqualTo("45.75");
    assertThat(row.get("complete")).isEqualTo("no");
    assertThat(row.get("problems")).isEqualTo("NO_RATE");
  }

  @Test
  void badDatesAndOtherRolesAreRefusedWithTheParameterNamed() throws IOException {
    ApiClient nora = server.as("disp-north");
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {"?from=2026-13-01&to=2026-04-30", "from"});
    cases.add(new String[] {"?from=01.04.2026&to=2026-04-30", "from"});
    cases.add(new String[] {"?to=2026-04-30", "from"});
    cases.add(new String[] {"?from=2026-04-01&to=2026-04-31", "to"});
    cases.add(new String[] {"?from=2026-04-30&to=2026-04-01", "to"});
    cases.add(new String[] {"?from=2020-01-01&to=2026-04-01", "to"});
    for (String[] c : cases) {
      Download d = get(nora, c[0]);
      assertThat(d.status()).as(c[0]).isEqualTo(400);
      JsonNode error = Json.mapper().readTree(d.text());
      assertThat(error.get("code").asText()).as(c[0]).isEqualTo("BAD_PARAMETER");
      assertThat(error.get("field").asText()).as(c[0]).isEqualTo(c[1]);
      assertThat(error.get("message").asText()).as("in the caller's language").matches("(?s).*[\\u4e00-\\u9fff].*");
    }
    assertThat(get(server.as("tech1"), "?from=2026-04-01&to=2026-04-30").status()).isEqualTo(403);
  }

  @Test
  void aNegativeOrMixedCurrencyRateIsRejectedNamingTheField() {
    ApiClient admin = server.as("admin");
    MutationResult negative = admin.push("UpsertTechnician", w.tech1,
        new UpsertTechnician(tess(Money.of("-1.00", "USD"), null)));
    assertThat(negative.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(negative.field()).isEqualTo("technician.hourlyRate");
    MutationResult mixed = admin.push("UpsertTechnician", w.tech1,
        new UpsertTechnician(tess(Money.of("80.00", "USD"), Money.of("300.00", "CNY"))));
    assertThat(mixed.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(mixed.field()).isEqualTo("technician.travelRate");
  }

  @Test
  void theConsoleShowsTheSameCostsAndSavesTheExportToAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    server.server.auth().addUser("disp-north-2", "Nora Two", com.fieldops.identity.model.Role.DISPATCHER, "north", null,
        TestServer.PASSWORD);
    MutationResult rates = server.as("admin").push("UpsertTechnician", w.tech1,
        new UpsertTechnician(tess(Money.of("80.00", "USD"), Money.of("50.00", "USD"))));
    assertThat(rates.status()).as(rates.reason()).isEqualTo(MutationStatus.APPLIED);
    seedCompletedJob();
    com.fieldops.replica.ReplicaConfig cfg = com.fieldops.replica.ReplicaConfig.of(dir.resolve("nora.db"), server.base)
        .withLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    try (com.fieldops.replica.Replica console = com.fieldops.replica.Replicas.open(cfg)) {
      assertThat(console.signIn("disp-north-2", TestServer.PASSWORD.toCharArray()).get())
          .isInstanceOf(com.fieldops.replica.sync.SignInOutcome.SignedIn.class);
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
        console.syncNow();
        return console.workOrders().costs(job).map(c -> c.lines().size() == 4).orElse(false);
      });
      com.fieldops.costs.JobCosts costs = console.workOrders().costs(job).orElseThrow();
      assertThat(costs.total()).as("the same figure as the export").isEqualTo(Money.of("216.58", "USD"));
      assertThat(costs.travel()).isEqualTo(Money.of("37.50", "USD"));
      assertThat(costs.complete()).isTrue();

      java.nio.file.Path file = dir.resolve("april.csv");
      var saved = console.costs().exportCompletedJobs(java.time.LocalDate.of(2026, 4, 1),
          java.time.LocalDate.of(2026, 4, 30), file);
      assertThat(saved).isInstanceOf(com.fieldops.replica.sync.ServerDownload.Saved.class);
      String text = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF").contains("上海制冷设备有限公司, 浦东").contains("216.58");

      var refused = console.costs().exportCompletedJobs(java.time.LocalDate.of(2026, 4, 30),
          java.time.LocalDate.of(2026, 4, 1), dir.resolve("never.csv"));
      assertThat(refused).isInstanceOfSatisfying(com.fieldops.replica.sync.ServerDownload.Refused.class, r -> {
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.field()).isEqualTo("to");
        assertThat(r.message()).contains("结束日期");
      });
      assertThat(dir.resolve("never.csv")).as("nothing written on a refusal").doesNotExist();
    }
  }
}
