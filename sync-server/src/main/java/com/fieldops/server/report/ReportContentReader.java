package com.fieldops.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.WorkOrderSla;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads a report's content from the stored records: the job, its people and places, and its history. */
final class ReportContentReader {
  /** Photos on a report: the first this many (a report is a summary, not the album). */
  static final int MAX_PHOTOS = 12;

  private final EntityStore store;
  private final ReportPhotos photos;

  ReportContentReader(EntityStore store, ReportPhotos photos) {
    this.store = store;
    this.photos = photos;
  }

  Optional<ReportContent> read(Connection c, UUID reportId) throws SQLException {
    Optional<ServiceReport> report = find(c, ServiceReport.class, reportId);
    if (report.isEmpty() || !report.get().signed()) {
      return Optional.empty();
    }
    WorkOrder wo = find(c, WorkOrder.class, report.get().workOrderId()).orElse(null);
    if (wo == null) {
      return Optional.empty();
    }
    Customer customer = find(c, Customer.class, wo.customerId()).orElseThrow();
    Site site = find(c, Site.class, wo.siteId()).orElseThrow();
    Contact contact = find(c, Contact.class, wo.contactId()).orElse(null);
    Equipment equipment = find(c, Equipment.class, wo.equipmentId()).orElse(null);
    Map<UUID, String> names = new HashMap<>();
    List<WorkOrderEvent> events = new ArrayList<>();
    List<TimeEntry> time = new ArrayList<>();
    List<PartUsage> used = new ArrayList<>();
    List<Attachment> attachments = new ArrayList<>();
    List<Checklist> checklists = new ArrayList<>();
    for (StoredEntity e : store.childrenOf(c, wo.id())) {
      switch (e.type()) {
        case "WorkOrderEvent" -> events.add(parse(e.data(), WorkOrderEvent.class));
        case "TimeEntry" -> time.add(parse(e.data(), TimeEntry.class));
        case "PartUsage" -> used.add(parse(e.data(), PartUsage.class));
        case "Attachment" -> attachments.add(parse(e.data(), Attachment.class));
        case "Checklist" -> checklists.add(parse(e.data(), Checklist.class));
        default -> { }
      }
    }
    Instant arrived = events.stream().filter(ev -> ev instanceof WorkOrderEvent.StatusChanged s
            && s.to() == WorkOrderStatus.ON_SITE).map(WorkOrderEvent::occurredAt).min(Comparator.naturalOrder())
        .orElse(null);
    Instant completed = events.stream().filter(ev -> ev instanceof WorkOrderEvent.StatusChanged s
            && s.to() == WorkOrderStatus.COMPLETED).map(WorkOrderEvent::occurredAt).max(Comparator.naturalOrder())
        .orElse(report.get().snapshot().completedAt());

    List<ReportContent.Labour> labour = new ArrayList<>();
    time.sort(Comparator.comparing(TimeEntry::start));
    for (TimeEntry t : time) {
      labour.add(new ReportContent.Labour(name(c, names, t.technicianId()), t.kind().name(), t.start(), t.end()));
    }
    List<ReportContent.PartUsed> parts = new ArrayList<>();
    used.sort(Comparator.comparing(PartUsage::usedAt));
    for (PartUsage u : used) {
      Optional<Part> part = find(c, Part.class, u.partId());
      parts.add(new ReportContent.PartUsed(part.map(Part::sku).orElse("?"), part.map(Part::name).orElse("?"),
          u.quantity(), u.serialNumber()));
    }
    List<ReportContent.Photo> pictures = new ArrayList<>();
    attachments.sort(Comparator.comparing(Attachment::createdAt));
    for (Attachment a : attachments) {
      if (a.kind() == AttachmentKind.PHOTO && pictures.size() < MAX_PHOTOS) {
        Optional<byte[]> bytes = photos.bytes(c, a.sha256());
        pictures.add(new ReportContent.Photo(a.caption(), a.takenAt(), a.contentType(), bytes.orElse(null)));
      }
    }
    List<MilestoneClock> sla = slaOf(c, wo, events, completed);
    String technician = wo.assigneeId() == null ? report.get().snapshot().technicianName()
        : name(c, names, wo.assigneeId());
    return Optional.of(new ReportContent(report.get(), wo, customer, site, contact, equipment, technician, arrived,
        completed, labour, parts, pictures, checklists, sla, null));
  }

  /** The job's SLA clocks under the policy the scheduler chose for it, as of completion; none without one. */
  private List<MilestoneClock> slaOf(Connection c, WorkOrder wo, List<WorkOrderEvent> events, Instant at)
      throws SQLException {
    // a clock row without a policy (no contract, no default) maps to no SLA
    Optional<UUID> policyId = Jdbc.queryOne(c, "SELECT policy_id FROM sla_clock WHERE work_order_id = ?"
        + " AND policy_id IS NOT NULL", rs -> Jdbc.uuid(rs, "policy_id"), wo.id());
    Optional<SlaPolicy> policy = policyId.isEmpty() ? Optional.empty() : find(c, SlaPolicy.class, policyId.get());
    if (policy.isEmpty()) {
      return List.of();
    }
    try {
      return WorkOrderSla.clocks(policy.get(), wo, events, at).clocks();
    } catch (RuntimeException e) {
      // an SLA that cannot be computed must not keep the customer's report from being made
      return List.of();
    }
  }

  private String name(Connection c, Map<UUID, String> names, UUID technicianId) throws SQLException {
    if (!names.containsKey(technicianId)) {
      names.put(technicianId, find(c, Technician.class, technicianId).map(Technician::name).orElse("-"));
    }
    return names.get(technicianId);
  }

  private <T> Optional<T> find(Connection c, Class<T> type, UUID id) throws SQLException {
    if (id == null) {
      return Optional.empty();
    }
    Optional<StoredEntity> e = store.find(c, EntityNames.of(type), id, false);
    return e.map(s -> parse(s.data(), type));
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
