package com.fieldops.report.mutation;

import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.report.model.CustomerSignature;
import com.fieldops.report.model.ReportSnapshot;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SlaOutcome;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The customer's signature under a completed job, which starts its service report. */
public final class ServiceReportMutations {
  private ServiceReportMutations() {}

  /**
   * Writes the job's {@link ServiceReport} with the customer's signature (strokes as vectors) and a
   * snapshot of what the rules can see by id (job, customer, site, machine, technician). The server
   * completes the snapshot from the job's history (labour, parts, photos, times, SLA) when it renders
   * the PDF right after. Only the technician assigned to the job collects the signature; the job must
   * be completed first (issue #14: signing after completion is the normal order, and a report must not
   * show work still under way); a job is signed once, never twice.
   */
  public static Outcome signServiceReport(SignServiceReport p, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, p.workOrderId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(actor, wo, p.workOrderId());
    if (access.isPresent()) {
      // a job out of scope reads like one that does not exist, named by the payload's field
      return new Outcome.Rejected(Access.notFound("workOrderId", "WorkOrder", p.workOrderId()));
    }
    if (!actor.isTechnician()) {
      // the customer signs on the phone of the technician on the job, not at an office console
      return Outcome.reject(Codes.NOT_YOUR_JOB, "protocol.rejected.signatureNotAssigned", "workOrderId");
    }
    UUID reportId = ServiceReport.idFor(wo.id());
    if (!reportId.equals(ctx.entityId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.reportIdMismatch", "entityId", reportId.toString());
    }
    Optional<ServiceReport> existing = ctx.lookup().find(ServiceReport.class, reportId);
    if (existing.isPresent() && existing.get().signed()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.reportAlreadySigned", "workOrderId",
          wo.label());
    }
    if (wo.status() != WorkOrderStatus.COMPLETED && wo.status() != WorkOrderStatus.CLOSED) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.reportJobNotCompleted", "workOrderId",
          wo.label());
    }
    Optional<Rejection> ink = SignatureInk.check(p.padWidth(), p.padHeight(), p.strokes());
    if (ink.isPresent()) {
      return new Outcome.Rejected(ink.get());
    }
    Optional<Customer> customer = ctx.lookup().find(Customer.class, wo.customerId());
    Optional<Site> site = ctx.lookup().find(Site.class, wo.siteId());
    if (customer.isEmpty() || site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("workOrderId", "WorkOrder", wo.id()));
    }
    Optional<Equipment> machine = wo.equipmentId() == null ? Optional.empty()
        : ctx.lookup().find(Equipment.class, wo.equipmentId());
    String technician = ctx.lookup().find(Technician.class, actor.technicianId()).map(Technician::name)
        .orElse("-");
    String resolution = wo.resolution() == null || wo.resolution().isBlank() ? "-" : wo.resolution();
    // completedAt and the SLA outcome are provisional here: the server reads them from the job's
    // history when it renders (the rules cannot query history), in the transaction that stores the PDF
    ReportSnapshot snapshot = new ReportSnapshot(wo.label(), customer.get().name(), site.get().name(),
        site.get().address(), site.get().timeZone(), machine.map(Equipment::serialNumber).orElse(null),
        machine.map(m -> m.manufacturer() + " " + m.model()).orElse(null), wo.problem(), resolution, technician,
        null, ctx.occurredAt(), List.of(), List.of(), List.of(), SlaOutcome.NO_SLA);
    CustomerSignature signature = new CustomerSignature(p.signerName().strip(), p.signedAt(), null, p.padWidth(),
        p.padHeight(), p.strokes(), blankToNull(p.customerComment()));
    return Outcome.Applied.of(new ServiceReport(reportId, wo.id(), snapshot, signature, null, 0, ctx.occurredAt()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
