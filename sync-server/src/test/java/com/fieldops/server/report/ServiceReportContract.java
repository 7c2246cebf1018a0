package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.server.report.seal.SealCheck;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.common.Money;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTargets;
import com.fieldops.sla.mutation.UpsertServiceContract;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer signs a completed job on the phone; the server makes the sealed report by itself,
 * stores it in the database and serves it to whoever may see the job, once per database engine.
 */
abstract class ServiceReportContract {
  TestServer server;
  World w;
  ApiClient north;
  ApiClient south;
  ApiClient tech1;
  ApiClient tech2;

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    north = server.as("disp-north");
    south = server.as("disp-south");
    tech1 = server.as("tech1");
    tech2 = server.as("tech2");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  UUID completedJob() {
    UUID id = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", id, new CreateWorkOrder(w.customer, w.northSite,
        w.contact, w.equipment, WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks <b>at the valve</b>", null,
        null, w.tech1));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(s, null, null, null));
    }
    assertThat(tech1.push("ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null,
        "Replaced the valve seal; no leak after 30 min", null)).status()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  MutationResult sign(ApiClient as, UUID job) {
    return as.push("SignServiceReport", ServiceReport.idFor(job), new SignServiceReport(job, "Zoë Müller-Łęcka 周",
        Instant.now().minusSeconds(5), 360, 180, ReportSamples.signatureStrokes(), "Quick and tidy, thank you"));
  }

  record Pdf(int status, byte[] bytes, String contentType) {}

  Pdf pdf(ApiClient as, UUID job) {
    Request request = new Request.Builder().url(server.base + "/api/v1/reports/" + job + "/pdf")
        .header("Authorization", "Bearer " + as.token()).get().build();
    try (Response r = ApiClient.HTTP.newCall(request).execute()) {
      return new Pdf(r.code(), r.body().bytes(), r.header("Content-Type"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSignedJobGetsItsSealedReportServedToItsTechnicianAndOfficeAndToNobodyElse() throws Exception {
    UUID job = completedJob();
    assertThat(pdf(tech1, job).status()).as("not signed yet").isEqualTo(404);

    MutationResult signed = sign(tech1, job);

    assertThat(signed.status()).as(signed.reason()).isEqualTo(MutationStatus.APPLIED);
    Pdf report = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
        .until(() -> pdf(tech1, job), p -> p.status() == 200);
    assertThat(report.contentType()).startsWith("application/pdf");
    SealCheck check = SealCheck.of(report.bytes(), List.of(server.server.reports().identity().certificate()));
    assertThat(check.unaltered()).isTrue();
    assertThat(check.trusted()).isTrue();
    assertThat(ServiceReportPdfTest.text(report.bytes())).contains("Zoë Müller-Łęcka 周", "Replaced the valve seal",
        "Boiler leaks <b>at the valve</b>", "Quick and tidy").as("no contract shows costs").doesNotContain("Costs");
    assertThat(pdf(north, job).status()).isEqualTo(200);
    assertThat(pdf(south, job).status()).as("another region's office").isEqualTo(404);
    assertThat(pdf(tech2, job).status()).as("another technician").isEqualTo(404);
    assertThat(north.get("/api/v1/reports/not-a-uuid/pdf").status()).isEqualTo(400);

    // the report's record reaches the job's audience with the PDF's hash and size
    JsonNode record = await().atMost(Duration.ofSeconds(10)).until(
        () -> tech1.pullAll(0).get("ServiceReport", ServiceReport.idFor(job)),
        r -> r != null && r.hasNonNull("pdfSha256"));
    assertThat(record.get("pdfSha256").asText()).isEqualTo(ReportService.sha256(report.bytes()));
    assertThat(record.get("pdfSizeBytes").asLong()).isEqualTo(report.bytes().length);
    assertThat(record.at("/snapshot/completedAt").isNull()).isFalse();
  }

  @Test
  void aSecondSignatureIsRefusedAndTheReportStaysAsSealed() {
    UUID job = completedJob();
    assertThat(sign(tech1, job).status()).isEqualTo(MutationStatus.APPLIED);

    MutationResult again = sign(tech1, job);

    assertThat(again.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(again.field()).isEqualTo("workOrderId");
    assertThat(again.reason()).contains("already signed");
  }

  @Test
  void theSealingCertificateIsMadeOnceKeptAndShownToAdminsOnly() {
    ApiClient admin = server.as("admin");

    JsonNode seal = admin.get("/api/v1/admin/report-seal").json();

    assertThat(seal.get("selfSigned").asBoolean()).isTrue();
    assertThat(seal.get("pem").asText()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(seal.get("sha256").asText()).isEqualTo(server.server.reports().identity().fingerprint());
    assertThat(north.get("/api/v1/admin/report-seal").status()).isEqualTo(403);
    // a second service over the same database (another instance, or the next start) seals with the same one
    ReportService second = new ReportService(server.db, java.time.Clock.systemUTC(), last -> { },
        ReportSettings.defaults(), ReportPhotos.NONE, ReportCosts.NONE);
    assertThat(second.identity().fingerprint()).isEqualTo(seal.get("sha256").asText());
  }

  @Test
  void aContractThatShowsCostsPutsLabourTravelPartsAtPriceAndTheTotalOnTheReportAndTurningItOffTakesThemOff()
      throws Exception {
    ApiClient admin = server.as("admin");
    Technician t = w.technician(w.tech1, "Tess One", "north");
    assertThat(admin.push("UpsertTechnician", w.tech1, new UpsertTechnician(new Technician(t.id(), t.userId(),
        t.name(), t.email(), t.phone(), t.region(), t.skills(), t.vanStockLocationId(), t.timeZone(), t.weeklyHours(),
        t.absences(), true, Money.of("80.00", "USD"), Money.of("50.00", "USD")))).status())
        .isEqualTo(MutationStatus.APPLIED);
    SlaPolicy gold = SlaPolicy.of(Ids.newId(), "Gold", Map.of(Priority.P2, SlaTargets.of(600L, 2400L, 4800L)),
        BusinessCalendar.twentyFourSeven("UTC"));
    assertThat(admin.push("UpsertSlaPolicy", gold.id(), new UpsertSlaPolicy(gold)).status())
        .isEqualTo(MutationStatus.APPLIED);
    UUID contractId = Ids.newId();
    LocalDate from = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);
    MutationResult contract = north.push("UpsertServiceContract", contractId, new UpsertServiceContract(
        new ServiceContract(contractId, "SC-77", w.customer, ContractScope.CUSTOMER, null, gold.id(), from, null,
            true)));
    assertThat(contract.status()).as(contract.reason()).isEqualTo(MutationStatus.APPLIED);
    UUID job = completedJob();
    Instant start = Instant.now().minus(Duration.ofHours(3));
    new EntityImporter(server.db, java.time.Clock.systemUTC(), last -> { }).importAll(List.of(
        new TimeEntry(Ids.newId(), job, w.tech1, TimeEntryKind.TRAVEL, start, start.plusSeconds(45 * 60), true, null),
        new TimeEntry(Ids.newId(), job, w.tech1, TimeEntryKind.LABOUR, start.plusSeconds(3600),
            start.plusSeconds(3600 + 100 * 60), true, null),
        new PartUsage(Ids.newId(), job, w.part, Ids.newId(), 2, null, w.tech1, start.plusSeconds(7200))));

    assertThat(sign(tech1, job).status()).isEqualTo(MutationStatus.APPLIED);
    Pdf report = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
        .until(() -> pdf(tech1, job), p -> p.status() == 200);

    // travel 45 min x $50, labour 100 min x $80, two filters at their $9.00 price (never the $5.00 cost)
    String text = ServiceReportPdfTest.text(report.bytes());
    assertThat(text).contains("Costs (USD)", "Tess One", "0.75 h", "1.67 h", "FLT-100 Filter", "$37.50", "$133.33",
        "$9.00", "$18.00", "Total", "$188.83");
    assertThat(text).doesNotContain("$5.00", "$10.00", "no price yet");

    MutationResult off = north.push("UpsertServiceContract", contractId, new UpsertServiceContract(
        new ServiceContract(contractId, "SC-77", w.customer, ContractScope.CUSTOMER, null, gold.id(), from, null,
            false)));
    assertThat(off.status()).as(off.reason()).isEqualTo(MutationStatus.APPLIED);
    byte[] again = server.server.reports().render(ServiceReport.idFor(job)).orElseThrow().pdf();
    assertThat(ServiceReportPdfTest.text(again)).doesNotContain("Costs", "$188.83", "$37.50").contains("Tess One");
  }
}
