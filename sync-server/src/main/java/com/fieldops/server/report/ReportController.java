package com.fieldops.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.report.seal.SealIdentity;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The report API. Who may read a job's report is who may see the job (the same rule the sync uses):
 * its technician, its region's office, admins; to anyone else the job does not exist.
 *
 * <pre>
 * GET  /api/v1/reports/{workOrderId}/pdf      the sealed PDF (404 until it is made)
 * POST /api/v1/reports/{workOrderId}/render   render and seal again now (office of the region, admin)
 * GET  /api/v1/admin/report-seal              the sealing certificate (admin): self-signed or not, PEM
 * </pre>
 */
public final class ReportController {
  private final Database db;
  private final ReportService reports;
  private final EntityStore entities;

  public ReportController(Database db, ReportService reports) {
    this.db = db;
    this.reports = reports;
    this.entities = new EntityStore(db.dialect());
  }

  /** {@code GET /api/v1/reports/{workOrderId}/pdf}. */
  public void pdf(Context ctx) {
    WorkOrder wo = visibleJob(ctx);
    ReportStore.StoredPdf pdf = reports.pdf(ServiceReport.idFor(wo.id())).orElseThrow(() -> DomainException.of(
        DomainException.Kind.NOT_FOUND, "REPORT_NOT_READY", "api.error.reportNotReady", null, wo.label()));
    ctx.header("Content-Disposition", "inline; filename=\"" + wo.label().replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"");
    ctx.header("ETag", "\"" + pdf.sha256() + "\"");
    ctx.header("Cache-Control", "private, no-cache");
    ctx.contentType("application/pdf").result(pdf.pdf());
  }

  /** {@code POST /api/v1/reports/{workOrderId}/render}. */
  public void render(Context ctx) {
    Actor actor = Callers.of(ctx).actor();
    WorkOrder wo = visibleJob(ctx);
    if (!actor.managesRegion(wo.region())) {
      throw DomainException.forbidden();
    }
    ReportStore.StoredPdf pdf = reports.render(ServiceReport.idFor(wo.id())).orElseThrow(() -> DomainException.of(
        DomainException.Kind.CONFLICT, "REPORT_NOT_SIGNED", "api.error.reportNotSigned", null, wo.label()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reportId", pdf.reportId());
    out.put("sha256", pdf.sha256());
    out.put("sizeBytes", pdf.sizeBytes());
    out.put("language", pdf.language());
    out.put("paper", pdf.paper());
    out.put("sealLevel", pdf.sealLevel());
    ctx.json(out);
  }

  /** {@code GET /api/v1/admin/report-seal}. */
  public void seal(Context ctx) {
    if (Callers.of(ctx).role() != Role.ADMIN) {
      throw DomainException.forbidden();
    }
    SealIdentity id = reports.identity();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subject", id.certificate().getSubjectX500Principal().getName());
    out.put("issuer", id.certificate().getIssuerX500Principal().getName());
    out.put("selfSigned", id.selfSigned());
    out.put("notAfter", id.certificate().getNotAfter().toInstant());
    out.put("sha256", id.fingerprint());
    out.put("timeStampAuthority", reports.settings().tsaUrl());
    out.put("pem", id.pem());
    ctx.json(out);
  }

  private WorkOrder visibleJob(Context ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("workOrderId"));
    } catch (IllegalArgumentException e) {
      throw DomainException.badParameter("workOrderId");
    }
    Actor actor = Callers.of(ctx).actor();
    Optional<WorkOrder> wo = db.read(c -> entities.find(c, "WorkOrder", id, false)).map(e -> parse(e.data()));
    if (wo.isEmpty() || WorkOrderAccess.check(actor, wo.get(), id).isPresent()) {
      // a job outside the caller's scope reads exactly like one that does not exist
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
