package com.fieldops.equipment.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;

import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.customer.model.Site;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.view.PlanView;
import com.fieldops.workorder.model.WorkOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.view.EquipmentRow;
import com.fieldops.replica.view.EquipmentView;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Equipment in the replica: one machine with its service history. Machines are written with the
 * replica's generic {@code record} ({@code UpsertEquipment}); the history comes from the server
 * (completing a job writes it).
 */
public final class EquipmentReplica {
  private final LocalStore store;

  public EquipmentReplica(LocalStore store) {
    this.store = store;
  }

  /** A machine with its service history, oldest first; empty if not in the local scope. */
  public Optional<EquipmentView> equipment(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> e = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      List<EquipmentEvent> history = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", equipmentId,
          EquipmentEvent.class, pending);
      history.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
      return Optional.of(new EquipmentView(e.get(), history, ViewReads.isPending(c, EntityTypes.EQUIPMENT, equipmentId)));
    });
  }

  /**
   * The machine's service history for a history screen, newest first: each line with the job it was
   * written on and, for a completed job, the parts with their serials (named from the catalogue),
   * labour, failure code, flags and the reading. Empty if the machine has no history in the local scope.
   */
  public java.util.List<com.fieldops.replica.view.EquipmentHistoryRow> history(UUID equipmentId) {
    return store.query(c -> {
      Set<UUID> pending = new HashSet<>();
      List<EquipmentEvent> lines = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", equipmentId,
          EquipmentEvent.class, pending);
      lines.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id).reversed());
      java.util.Map<UUID, java.util.Optional<com.fieldops.stock.model.Part>> catalogue = new java.util.HashMap<>();
      List<com.fieldops.replica.view.EquipmentHistoryRow> rows = new java.util.ArrayList<>();
      for (EquipmentEvent e : lines) {
        String label = e.workOrderId() == null ? null
            : doc(c, EntityTypes.WORK_ORDER, e.workOrderId(), com.fieldops.workorder.model.WorkOrder.class)
                .map(com.fieldops.workorder.model.WorkOrder::label).orElse(null);
        com.fieldops.equipment.model.ServiceDetails d = e.details();
        List<com.fieldops.replica.view.EquipmentHistoryRow.PartLine> parts = new java.util.ArrayList<>();
        if (d != null) {
          for (com.fieldops.equipment.model.ServiceDetails.PartFitted p : d.parts()) {
            java.util.Optional<com.fieldops.stock.model.Part> part = catalogue.computeIfAbsent(p.partId(), id -> {
              try {
                return doc(c, EntityTypes.PART, id, com.fieldops.stock.model.Part.class);
              } catch (java.sql.SQLException ex) {
                throw new com.fieldops.replica.store.ReplicaStoreException("replica read failed", ex);
              }
            });
            parts.add(new com.fieldops.replica.view.EquipmentHistoryRow.PartLine(p.partId(),
                part.map(com.fieldops.stock.model.Part::sku).orElse(null),
                part.map(com.fieldops.stock.model.Part::name).orElse(null), p.quantity(), p.serialNumber()));
          }
        }
        rows.add(new com.fieldops.replica.view.EquipmentHistoryRow(e.id(), e.occurredAt(), e.kind(), e.summary(),
            e.workOrderId(), label, d == null ? null : d.failureCode(), d == null ? null : d.firstTimeFix(),
            d != null && d.followUpNeeded(), d == null ? 0 : d.labourMinutes(), parts,
            d == null ? null : d.meterReading(), d == null ? null : d.meterUnit(), pending.contains(e.id())));
      }
      return rows;
    });
  }

  /**
   * Machines in scope with their customer and site, by customer, site and serial; {@code search}
   * (may be blank: all) matches, case-insensitively, the customer, the site (name or city), the
   * maker, the model or the serial number.
   */
  public List<EquipmentRow> machines(String search) {
    String like = "%" + ViewReads.needle(search) + "%";
    return store.query(c -> {
      List<EquipmentRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT e.data, e.pending, json_extract(k.data, '$.name'), json_extract(s.data, '$.name'),
                 json_extract(s.data, '$.address.city')
            FROM view_doc e
            LEFT JOIN view_doc k ON k.type = 'Customer' AND k.id = json_extract(e.data, '$.customerId')
            LEFT JOIN view_doc s ON s.type = 'Site' AND s.id = json_extract(e.data, '$.siteId')
           WHERE e.type = 'Equipment'
             AND (lower(coalesce(json_extract(k.data, '$.name'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(s.data, '$.name'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(s.data, '$.address.city'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.manufacturer'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.model'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.serialNumber'), '')) LIKE ?1)""")) {
        ps.setString(1, like);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EquipmentRow(ViewReads.read(rs.getString(1), Equipment.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing((EquipmentRow r) -> r.customerName() == null ? "" : r.customerName(),
              String.CASE_INSENSITIVE_ORDER)
          .thenComparing(r -> r.siteName() == null ? "" : r.siteName(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(r -> r.equipment().serialNumber()));
      return out;
    });
  }

  /** The contracts that may cover the machine: its own and its customer's, oldest first. */
  public List<ServiceContract> contracts(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> e = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (e.isEmpty()) {
        return List.of();
      }
      List<ServiceContract> all = children(c, EntityTypes.SERVICE_CONTRACT, "customerId", e.get().customerId(),
          ServiceContract.class, new HashSet<>());
      List<ServiceContract> out = new ArrayList<>(all.stream().filter(k -> k.scope() == ContractScope.CUSTOMER
          || equipmentId.equals(k.equipmentId())).toList());
      out.sort(Comparator.comparing(ServiceContract::validFrom));
      return out;
    });
  }

  /** The region of the machine's site (plans and templates of a region cover its machines); null if unknown. */
  private static String regionOf(Connection c, Equipment machine) throws SQLException {
    return doc(c, EntityNames.of(Site.class), machine.siteId(), Site.class).map(Site::region).orElse(null);
  }

  /**
   * The maintenance plans covering a machine (its own, and those for its model in its region), each
   * with the machine's upcoming visits; empty if the machine is not in the local scope.
   */
  public List<PlanView> plans(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> machine = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (machine.isEmpty()) {
        return List.of();
      }
      String region = regionOf(c, machine.get());
      List<PlanView.Visit> upcoming = upcoming(c, equipmentId);
      List<PlanView> out = new ArrayList<>();
      for (MaintenancePlan plan : all(c, EntityNames.of(MaintenancePlan.class), MaintenancePlan.class)) {
        if (plan.covers(machine.get(), region)) {
          out.add(new PlanView(plan, upcoming.stream().filter(v -> v.visit().planId().equals(plan.id())).toList()));
        }
      }
      out.sort(Comparator.comparing((PlanView v) -> v.plan().name()).thenComparing(v -> v.plan().id()));
      return out;
    });
  }

  /**
   * The checklist templates a plan for this machine may name: active, of the machine's region or of
   * every region, for {@code type} jobs or for the machine's model ({@code ChecklistTemplate.appliesTo}),
   * by title. Templates reach every office's replica (their region's or all); empty if the machine is
   * not in the local scope.
   */
  public List<com.fieldops.workorder.model.ChecklistTemplate> checklistTemplatesFor(UUID equipmentId,
      com.fieldops.workorder.model.WorkOrderType type) {
    return store.query(c -> {
      Optional<Equipment> machine = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (machine.isEmpty()) {
        return List.of();
      }
      String region = regionOf(c, machine.get());
      List<com.fieldops.workorder.model.ChecklistTemplate> out = new ArrayList<>();
      for (com.fieldops.workorder.model.ChecklistTemplate t : all(c,
          EntityNames.of(com.fieldops.workorder.model.ChecklistTemplate.class),
          com.fieldops.workorder.model.ChecklistTemplate.class)) {
        if (t.appliesTo(type, machine.get().model(), region)) {
          out.add(t);
        }
      }
      out.sort(Comparator.comparing(com.fieldops.workorder.model.ChecklistTemplate::title)
          .thenComparing(com.fieldops.workorder.model.ChecklistTemplate::id));
      return out;
    });
  }

  /**
   * Every checklist template in the local scope (the office's region's and the all-region ones; all
   * of them for an administrator), active or not, by title: the console's templates screen.
   */
  public List<com.fieldops.workorder.model.ChecklistTemplate> checklistTemplates() {
    return store.query(c -> {
      List<com.fieldops.workorder.model.ChecklistTemplate> out = new ArrayList<>(all(c,
          EntityNames.of(com.fieldops.workorder.model.ChecklistTemplate.class),
          com.fieldops.workorder.model.ChecklistTemplate.class));
      out.sort(Comparator.comparing(com.fieldops.workorder.model.ChecklistTemplate::title,
          String.CASE_INSENSITIVE_ORDER).thenComparing(com.fieldops.workorder.model.ChecklistTemplate::id));
      return out;
    });
  }

  /** One checklist template by id, active or not (the one a plan names); empty if not in the local scope. */
  public Optional<com.fieldops.workorder.model.ChecklistTemplate> checklistTemplate(UUID id) {
    return store.query(c -> doc(c, EntityNames.of(com.fieldops.workorder.model.ChecklistTemplate.class), id,
        com.fieldops.workorder.model.ChecklistTemplate.class));
  }

  /** The machine's generated visits whose jobs are not finished, soonest first. */
  public List<PlanView.Visit> upcomingVisits(UUID equipmentId) {
    return store.query(c -> upcoming(c, equipmentId));
  }

  private static List<PlanView.Visit> upcoming(Connection c, UUID equipmentId) throws SQLException {
    List<PlanView.Visit> out = new ArrayList<>();
    for (PlannedVisit v : children(c, EntityNames.of(PlannedVisit.class), "equipmentId", equipmentId,
        PlannedVisit.class, new HashSet<>())) {
      WorkOrder wo = doc(c, EntityNames.of(WorkOrder.class), v.workOrderId(), WorkOrder.class).orElse(null);
      if (wo == null || wo.status().isOpen()) {
        out.add(new PlanView.Visit(v, wo));
      }
    }
    out.sort(Comparator.comparing((PlanView.Visit v) -> v.visit().dueOn()).thenComparing(v -> v.visit().id()));
    return out;
  }

  private static <T> List<T> all(Connection c, String type, Class<T> cls) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
      ps.setString(1, type);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T value = ViewReads.readOrNull(rs.getString(1), cls);
          if (value != null) {
            out.add(value);
          }
        }
      }
    }
    return out;
  }
}
