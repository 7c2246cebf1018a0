package com.fieldops.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.notify.NotificationOutbox;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.workorder.model.WorkOrder;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office withdraws a report's customer links (a mail went to the wrong person, the contact left)
 * and sends a new one. Only the office of the job's region and admins: to anyone else the job does not
 * exist (404), as in the report API. A withdrawn link opens a page saying so (410) and takes no rating.
 *
 * <pre>
 * POST /api/v1/reports/{workOrderId}/customer-link/revoke   every open link of the job's report stops working
 * POST /api/v1/reports/{workOrderId}/customer-link          a new link, e-mailed to the job's contact
 * </pre>
 */
public final class CustomerLinkOffice {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerLinkOffice.class);
  private final Database db;
  private final Clock clock;
  private final ReportService reports;
  private final EntityStore entities;
  private final ReportContentReader reader;
  private final NotificationOutbox outbox;

  public CustomerLinkOffice(Database db, Clock clock, ReportService reports) {
    this.db = db;
    this.clock = clock;
    this.reports = reports;
    this.entities = new EntityStore(db.dialect());
    // the mail names the job, site and contact; photos are the PDF's business, not the mail's
    this.reader = new ReportContentReader(entities, (c, sha256) -> Optional.empty());
    this.outbox = new NotificationOutbox(db.dialect());
  }

  /** {@code POST /api/v1/reports/{workOrderId}/customer-link/revoke}. */
  public void revoke(Context ctx) {
    Actor actor = Callers.of(ctx).actor();
    WorkOrder wo = managedJob(ctx, actor);
    UUID reportId = ServiceReport.idFor(wo.id());
    int revoked = db.write(c -> new CustomerLinks().revoke(c, reportId, clock.instant()));
    LOG.atInfo().setMessage("customer links of a report withdrawn").addKeyValue("event", "customer.link.revoked")
        .addKeyValue("workOrder", wo.label()).addKeyValue("reportId", reportId).addKeyValue("links", revoked)
        .addKeyValue("by", actor.userId()).log();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("workOrderId", wo.id());
    out.put("reportId", reportId);
    out.put("revokedLinks", revoked);
    ctx.json(out);
  }

  /** {@code POST /api/v1/reports/{workOrderId}/customer-link}: re-send with a fresh link. */
  public void reissue(Context ctx) {
    Actor actor = Callers.of(ctx).actor();
    WorkOrder wo = managedJob(ctx, actor);
    UUID reportId = ServiceReport.idFor(wo.id());
    ReportDelivery delivery = reports.delivery().orElseThrow(() -> DomainException.of(DomainException.Kind.CONFLICT,
        "REPORT_NOT_READY", "api.error.reportNotReady", null, wo.label()));
    var sent = db.write(c -> {
      var pdf = new ReportStore(db.dialect()).pdf(c, reportId);
      var content = reader.read(c, reportId);
      if (pdf.isEmpty() || content.isEmpty()) {
        throw DomainException.of(DomainException.Kind.CONFLICT, "REPORT_NOT_READY", "api.error.reportNotReady", null,
            wo.label());
      }
      return delivery.enqueue(c, outbox, content.get(), pdf.get(), clock.instant());
    });
    if (sent.isEmpty()) {
      throw DomainException.of(DomainException.Kind.CONFLICT, "CONTACT_HAS_NO_EMAIL", "api.error.contactHasNoEmail",
          "contactId", wo.label());
    }
    LOG.atInfo().setMessage("customer link sent again").addKeyValue("event", "customer.link.reissued")
        .addKeyValue("workOrder", wo.label()).addKeyValue("reportId", reportId)
        .addKeyValue("notification", sent.get().id()).addKeyValue("by", actor.userId()).log();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("workOrderId", wo.id());
    out.put("reportId", reportId);
    out.put("notificationId", sent.get().id());
    out.put("address", sent.get().address());
    ctx.status(201).json(out);
  }

  /** The job of the path if the caller runs its region (or is an admin); 404 for everyone else. */
  private WorkOrder managedJob(Context ctx, Actor actor) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("workOrderId"));
    } catch (IllegalArgumentException e) {
      throw DomainException.badParameter("workOrderId");
    }
    Optional<WorkOrder> wo = db.read(c -> entities.find(c, "WorkOrder", id, false)).map(e -> parse(e.data()));
    if (wo.isEmpty() || !actor.managesRegion(wo.get().region())) {
      throw DomainException.notFound("WorkOrder " + id);
    }
    return wo.get();
  }

  private static WorkOrder parse(String json) {
    try {
      return Json.mapper().readValue(json, WorkOrder.class);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored WorkOrder is unreadable", e);
    }
  }
}
