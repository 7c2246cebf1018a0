package com.fieldops.server.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.mutation.PlanMutations;
import com.fieldops.equipment.plan.PlanSchedule;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the generator reads in one tick, on one read connection: the active plans, the machines they
 * cover with their sites, each (plan, machine)'s last visit (and, for plans that wait, when its job
 * was finished), and meter plans' latest readings. Read in a handful of bulk queries.
 */
final class PlanState {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanState.class);
  /** One machine a plan covers, with what the schedule needs to decide its next visits. */
  record Target(MaintenancePlan plan, Equipment machine, Site site, PlannedVisit lastVisit,
      PlanSchedule.LastVisit last, BigDecimal latestReading) {}

  final List<Target> targets = new ArrayList<>();
  int plans;

  static PlanState read(Connection c, EntityStore store) throws SQLException {
    PlanState s = new PlanState();
    List<MaintenancePlan> plans = all(c, MaintenancePlan.class).stream().filter(MaintenancePlan::active).toList();
    s.plans = plans.size();
    if (plans.isEmpty()) {
      return s;
    }
    Map<UUID, Site> sites = new HashMap<>();
    for (Site site : all(c, Site.class)) {
      sites.put(site.id(), site);
    }
    boolean anyModelPlan = plans.stream().anyMatch(p -> p.scope() == PlanScope.MODEL);
    Map<UUID, Equipment> machines = new HashMap<>();
    if (anyModelPlan) {
      for (Equipment e : all(c, Equipment.class)) {
        machines.put(e.id(), e);
      }
    } else {
      Set<UUID> ids = new HashSet<>();
      plans.forEach(p -> ids.add(p.equipmentId()));
      for (StoredEntity e : store.findByIds(c, ids, false)) {
        if (e.type().equals(EntityNames.of(Equipment.class))) {
          machines.put(e.id(), parse(e.data(), Equipment.class));
        }
      }
    }
    Map<String, PlannedVisit> lastVisits = new HashMap<>();
    for (PlannedVisit v : latestVisits(c)) {
      lastVisits.put(v.planId() + "/" + v.equipmentId(), v);
    }
    Map<String, List<Equipment>> byModel = new HashMap<>();
    for (Equipment e : machines.values()) {
      Site site = sites.get(e.siteId());
      if (site != null) {
        byModel.computeIfAbsent(site.region() + "\u0000" + e.manufacturer() + "\u0000" + e.model(),
            k -> new ArrayList<>()).add(e);
      }
    }
    List<Target> pending = new ArrayList<>();
    Set<UUID> finishedWanted = new HashSet<>();
    EntityLookup lookup = lookup(c, store);
    for (MaintenancePlan plan : plans) {
      List<Equipment> covered = plan.scope() == PlanScope.MACHINE
          ? Optional.ofNullable(machines.get(plan.equipmentId())).map(List::of).orElse(List.of())
          : byModel.getOrDefault(plan.region() + "\u0000" + plan.manufacturer() + "\u0000" + plan.model(), List.of());
      for (Equipment machine : covered) {
        Site site = sites.get(machine.siteId());
        if (site == null || machine.status() != com.fieldops.equipment.model.EquipmentStatus.ACTIVE) {
          continue; // a machine out of service or decommissioned gets no preventive visits
        }
        PlannedVisit last = lastVisits.get(plan.id() + "/" + machine.id());
        BigDecimal reading = plan.interval() == PlanInterval.METER
            ? PlanMutations.latestReading(lookup, machine.id()).orElse(null) : null;
        if (last != null && plan.waitForPrevious()) {
          finishedWanted.add(last.workOrderId());
        }
        pending.add(new Target(plan, machine, site, last, null, reading));
      }
    }
    Map<UUID, java.time.Instant> finishedAt = finishedAt(c, store, finishedWanted);
    for (Target t : pending) {
      PlanSchedule.LastVisit last = null;
      if (t.lastVisit() != null) {
        java.time.Instant at = finishedAt.get(t.lastVisit().workOrderId());
        LocalDate finishedOn = at == null ? null : at.equals(java.time.Instant.EPOCH) ? t.lastVisit().dueOn()
            : at.atZone(t.site().timeZone()).toLocalDate();
        // a plan that does not wait never asks whether the last visit is finished
        last = new PlanSchedule.LastVisit(t.lastVisit().dueOn(), t.lastVisit().meterThreshold(),
            t.plan().waitForPrevious() ? finishedOn : t.lastVisit().dueOn());
      }
      s.targets.add(new Target(t.plan(), t.machine(), t.site(), t.lastVisit(), last, t.latestReading()));
    }
    return s;
  }

  /**
   * When each of these work orders was finished (its first move to COMPLETED, CLOSED or CANCELLED),
   * for those that are; open ones are absent.
   */
  private static Map<UUID, java.time.Instant> finishedAt(Connection c, EntityStore store, Set<UUID> workOrders)
      throws SQLException {
    Map<UUID, java.time.Instant> out = new HashMap<>();
    if (workOrders.isEmpty()) {
      return out;
    }
    Set<UUID> finished = new HashSet<>();
    for (StoredEntity e : store.findByIds(c, workOrders, false)) {
      if (e.type().equals("WorkOrder") && WorkOrderStatus.isFinished(e.columns().status())) {
        finished.add(e.id());
      }
    }
    List<UUID> list = List.copyOf(finished);
    for (int from = 0; from < list.size(); from += 500) {
      List<UUID> part = list.subList(from, Math.min(list.size(), from + 500));
      String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      Object[] params = new Object[part.size() + 1];
      params[0] = EntityNames.of(WorkOrderEvent.class);
      for (int i = 0; i < part.size(); i++) {
        params[i + 1] = part.get(i);
      }
      for (String json : Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = ? AND work_order_id IN (" + marks
          + ")", rs -> rs.getString(1), params)) {
        if (parse(json, WorkOrderEvent.class) instanceof WorkOrderEvent.StatusChanged sc && !sc.to().isOpen()) {
          out.merge(sc.workOrderId(), sc.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      for (UUID id : part) {
        // finished without a status event (imported history): marked, counted as finished on its due day
        out.putIfAbsent(id, java.time.Instant.EPOCH);
      }
    }
    return out;
  }

  private static EntityLookup lookup(Connection c, EntityStore store) {
    return new EntityLookup() {
      @Override
      public <T> Optional<T> find(Class<T> type, UUID id) {
        try {
          return store.find(c, EntityNames.of(type), id, false).map(e -> parse(e.data(), type));
        } catch (SQLException e) {
          throw new StorageException("reading " + type.getSimpleName() + " failed", e);
        }
      }

      @Override
      public <T> List<T> findAllBy(Class<T> type, String field, Object value) {
        try {
          List<T> out = new ArrayList<>();
          for (var row : store.findByReference(c, EntityNames.of(type), field,
              com.fieldops.protocol.mutation.LookupFields.text(value))) {
            out.add(parse(row.data(), type));
          }
          return out;
        } catch (SQLException e) {
          throw new StorageException("reading " + type.getSimpleName() + " by " + field + " failed", e);
        }
      }
    };
  }

  /**
   * The latest visit of each (plan, machine): one row each, kept by the database beside the visits
   * (migration V280, decision 0033), so a tick does not read every visit ever made.
   */
  private static List<PlannedVisit> latestVisits(Connection c) throws SQLException {
    return readable(PlannedVisit.class, Jdbc.query(c, "SELECT data FROM planned_visit_latest", rs -> rs.getString(1)));
  }

  /**
   * Every stored record of a type. One that cannot be read (a plan stored in the shape of an earlier
   * release) is left out with a warning, so it cannot stop every other plan's visits.
   */
  private static <T> List<T> all(Connection c, Class<T> type) throws SQLException {
    return readable(type, Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = ?", rs -> rs.getString(1),
        EntityNames.of(type)));
  }

  private static <T> List<T> readable(Class<T> type, List<String> documents) {
    List<T> out = new ArrayList<>();
    int unreadable = 0;
    for (String json : documents) {
      try {
        out.add(parse(json, type));
      } catch (StorageException e) {
        unreadable++;
      }
    }
    if (unreadable > 0) {
      LOG.atWarn().setMessage("stored records left out of plan generation: unreadable")
          .addKeyValue("event", "plan.record.unreadable").addKeyValue("type", type.getSimpleName())
          .addKeyValue("count", unreadable).log();
    }
    return out;
  }

  static <T> T parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
