package com.fieldops.workorder.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.workorder.replica.WorkOrderRows.rows;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.view.CompletedWorkOrder;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import com.fieldops.costs.JobCostCalculator;
import com.fieldops.costs.JobCosts;
import com.fieldops.identity.model.Technician;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The work-order lists and the detail view over the local view; each method reads one snapshot. */
final class WorkOrderQueries {
  private final LocalStore store;

  WorkOrderQueries(LocalStore store) {
    this.store = store;
  }

  List<WorkOrderRow> openWorkOrders(int limit) {
    // one range scan of the partial index on due_order: set only for open work orders, due ones first
    return store.query(c -> rows(c, " WHERE w.due_order IS NOT NULL ORDER BY w.due_order LIMIT ?", limit));
  }

  List<WorkOrderRow> findWorkOrders(String text, int limit) {
    String needle = ViewReads.needle(text);
    if (needle.isEmpty()) {
      return List.of();
    }
    String like = "%" + needle + "%";
    return store.query(c -> rows(c, """
         WHERE w.type = 'WorkOrder'
           AND (lower(json_extract(w.data, '$.number')) LIKE ? OR lower(json_extract(w.data, '$.problem')) LIKE ?
                OR lower(json_extract(c.data, '$.name')) LIKE ? OR lower(json_extract(s.data, '$.name')) LIKE ?)
         ORDER BY json_extract(w.data, '$.createdAt') DESC, w.id LIMIT ?""", like, like, like, like, limit));
  }

  Optional<WorkOrderDetail> workOrder(UUID id) {
    return store.query(c -> {
      Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, id, WorkOrder.class);
      if (wo.isEmpty()) {
        return Optional.empty();
      }
      WorkOrder w = wo.get();
      Set<UUID> pending = new HashSet<>();
      WorkOrderRow row = rows(c, " WHERE w.type = 'WorkOrder' AND w.id = ? LIMIT ?", id.toString(), 1).get(0);
      row = row.withSla(store.slaSummary(c, w).orElse(null));
      if (row.pending()) {
        pending.add(id);
      }
      List<WorkOrderEvent> history = children(c, EntityTypes.WORK_ORDER_EVENT, "workOrderId", id, WorkOrderEvent.class, pending);
      history.sort(Comparator.comparing(WorkOrderEvent::occurredAt).thenComparing(WorkOrderEvent::id));
      List<Note> notes = children(c, EntityTypes.NOTE, "workOrderId", id, Note.class, pending);
      notes.sort(Comparator.comparing(Note::createdAt).thenComparing(Note::id));
      List<TimeEntry> time = children(c, EntityTypes.TIME_ENTRY, "workOrderId", id, TimeEntry.class, pending);
      time.sort(Comparator.comparing(TimeEntry::start).thenComparing(TimeEntry::id));
      List<PartUsage> parts = children(c, EntityTypes.PART_USAGE, "workOrderId", id, PartUsage.class, pending);
      parts.sort(Comparator.comparing(PartUsage::usedAt).thenComparing(PartUsage::id));
      List<Attachment> attachments = children(c, EntityTypes.ATTACHMENT, "workOrderId", id, Attachment.class, pending);
      attachments.sort(Comparator.comparing(Attachment::createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Attachment::id));
      Map<UUID, Part> catalogue = new HashMap<>();
      for (PartUsage u : parts) {
        if (!catalogue.containsKey(u.partId())) {
          doc(c, EntityTypes.PART, u.partId(), Part.class).ifPresent(p -> catalogue.put(p.id(), p));
        }
      }
      return Optional.of(new WorkOrderDetail(w, row,
          doc(c, EntityTypes.CUSTOMER, w.customerId(), Customer.class).orElse(null),
          doc(c, EntityTypes.SITE, w.siteId(), Site.class).orElse(null),
          doc(c, EntityTypes.CONTACT, w.contactId(), Contact.class).orElse(null),
          doc(c, EntityTypes.EQUIPMENT, w.equipmentId(), Equipment.class).orElse(null),
          history, notes, time, parts, attachments, Map.copyOf(catalogue), Set.copyOf(pending)));
    });
  }

  /** The job's costs from the time, parts and rates this device holds (its own pending entries included). */
  Optional<JobCosts> costs(UUID id) {
    return store.query(c -> {
      Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, id, WorkOrder.class);
      if (wo.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      List<TimeEntry> time = children(c, EntityTypes.TIME_ENTRY, "workOrderId", id, TimeEntry.class, pending);
      List<PartUsage> used = children(c, EntityTypes.PART_USAGE, "workOrderId", id, PartUsage.class, pending);
      Map<UUID, Technician> technicians = new HashMap<>();
      Set<UUID> who = new HashSet<>();
      if (wo.get().assigneeId() != null) {
        who.add(wo.get().assigneeId());
      }
      time.forEach(t -> who.add(t.technicianId()));
      for (UUID t : who) {
        doc(c, EntityTypes.TECHNICIAN, t, Technician.class).ifPresent(x -> technicians.put(x.id(), x));
      }
      Map<UUID, Part> catalogue = new HashMap<>();
      for (PartUsage u : used) {
        if (!catalogue.containsKey(u.partId())) {
          doc(c, EntityTypes.PART, u.partId(), Part.class).ifPresent(p -> catalogue.put(p.id(), p));
        }
      }
      return Optional.of(JobCostCalculator.costs(wo.get(), time, used, technicians, catalogue));
    });
  }

  List<CompletedWorkOrder> recentlyCompleted(Instant since, int limit) {
    return store.query(c -> {
      // one range scan of the partial index on completion events (view_completions)
      List<String[]> done = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT json_extract(data, '$.workOrderId'), max(json_extract(data, '$.occurredAt')) FROM view_doc
           WHERE type = 'WorkOrderEvent' AND json_extract(data, '$.to') = 'COMPLETED'
             AND json_extract(data, '$.occurredAt') >= ?
           GROUP BY 1 ORDER BY 2 DESC LIMIT ?""")) {
        ps.setString(1, since.toString());
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            done.add(new String[] {rs.getString(1), rs.getString(2)});
          }
        }
      }
      List<CompletedWorkOrder> out = new ArrayList<>();
      for (String[] d : done) {
        UUID id = UUID.fromString(d[0]);
        Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, id, WorkOrder.class);
        if (wo.isEmpty() || (wo.get().status() != WorkOrderStatus.COMPLETED && wo.get().status() != WorkOrderStatus.CLOSED)) {
          continue;
        }
        List<WorkOrderEvent> history = children(c, EntityTypes.WORK_ORDER_EVENT, "workOrderId", id, WorkOrderEvent.class,
            new HashSet<>());
        int visits = (int) history.stream().filter(e -> e instanceof WorkOrderEvent.StatusChanged s
            && s.to() == WorkOrderStatus.ON_SITE).count();
        WorkOrderRow row = rows(c, " WHERE w.type = 'WorkOrder' AND w.id = ? LIMIT ?", id.toString(), 1).get(0)
            .withSla(store.slaSummary(c, wo.get()).orElse(null));
        Instant completedAt = Instant.parse(d[1]);
        out.add(new CompletedWorkOrder(row, completedAt, Duration.between(wo.get().createdAt(), completedAt), visits));
      }
      return out;
    });
  }
}
