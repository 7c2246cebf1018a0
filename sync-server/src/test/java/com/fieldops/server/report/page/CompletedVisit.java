package com.fieldops.server.report.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job worked by tech1 from creation to the customer's signature, through the API like the apps do. */
final class CompletedVisit {
  private CompletedVisit() {}

  /** Creates, works, completes and signs a job; with {@code waitForPdf} until its sealed report is stored. */
  static UUID make(TestServer server, UUID site, UUID contact, UUID machine, String problem, String workDone,
      boolean waitForPdf) {
    ApiClient north = server.as("disp-north");
    ApiClient tech1 = server.as("tech1");
    UUID job = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", job, new CreateWorkOrder(
        site.equals(server.world.otherNorthSite) ? server.world.otherCustomer : server.world.customer, site, contact,
        machine, WorkOrderType.REPAIR, Priority.P2, null, problem, null, null, server.world.tech1));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(s, null, null, null));
    }
    tech1.push("ChangeWorkOrderStatus", job, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null, workDone,
        null));
    List<SignatureStroke> strokes = List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10),
        new SignaturePoint(120, 60), new SignaturePoint(200, 20), new SignaturePoint(300, 90))));
    MutationResult signed = tech1.push("SignServiceReport", ServiceReport.idFor(job), new SignServiceReport(job,
        "Pat Contact", Instant.now().minusSeconds(5), 360, 180, strokes, null));
    assertThat(signed.status()).as(signed.reason()).isEqualTo(MutationStatus.APPLIED);
    if (waitForPdf) {
      // what the background round does on its next poll, now: the test need not wait for the poll
      if (server.server.reports().pdfBytes(ServiceReport.idFor(job)).isEmpty()) {
        server.server.reports().render(ServiceReport.idFor(job));
      }
      await().atMost(Duration.ofSeconds(90)).until(() -> server.server.reports().pdfBytes(ServiceReport.idFor(job))
          .isPresent());
    }
    return job;
  }
}
