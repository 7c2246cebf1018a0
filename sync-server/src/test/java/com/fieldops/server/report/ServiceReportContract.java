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
import java.io.IOException;
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
        "Boiler leaks <b>at the valve</b>", "Quick and tidy");
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
}
