package com.fieldops.equipment.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;

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
import com.fieldops.replica.view.EquipmentView;
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
   * The maintenance plans covering a machine (its own, and those for its model in its region), each
   * with the machine's upcoming visits; empty if the machine is not in the local scope.
   */
  public List<PlanView> plans(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> machine = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (machine.isEmpty()) {
        return List.of();
      }
      String region = doc(c, EntityNames.of(Site.class), machine.get().siteId(), Site.class).map(Site::region)
          .orElse(null);
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
