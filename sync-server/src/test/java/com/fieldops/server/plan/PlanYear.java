package com.fieldops.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.mutation.RecordMeterReading;
import com.fieldops.equipment.mutation.UpsertMaintenancePlan;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.sync.PushService;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A year of maintenance plans on a real server with an injected clock: three plans on the test
 * world's machines (monthly on one machine; every two weeks on every Carrier X1 of region north,
 * waiting for the previous visit; every 500 operating hours on one machine), the generator ticking
 * twice a day, technicians finishing each two-weekly visit three days after it is due.
 */
final class PlanYear {
  static final Instant START = Instant.parse("2027-01-04T11:00:00Z");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York"); // the test world's sites

  final MutableClock clock = new MutableClock(START);
  final TestServer ts;
  final World w;
  final Actor office;
  final Actor technician;
  final UUID secondX1 = Ids.newId();
  final UUID otherCustomersX1 = Ids.newId();
  final UUID southX1 = Ids.newId();
  final UUID monthly = Ids.newId();
  final UUID twoWeekly = Ids.newId();
  final UUID byMeter = Ids.newId();

  PlanYear(TestServer ts) {
    this.ts = ts;
    this.w = ts.world;
    this.office = new Actor(ts.adminId, Role.ADMIN, null, null);
    this.technician = new Actor(ts.server.auth().addUser("plan-tech", "Pia Plan", Role.TECHNICIAN, null, w.tech1,
        TestServer.PASSWORD).id(), Role.TECHNICIAN, w.tech1, null);
    new EntityImporter(ts.db, Clock.systemUTC(), last -> { }).importAll(List.of(
        new Equipment(secondX1, w.customer, w.northSite, "SN-2", "Carrier", "X1", "HVAC", null, null,
            EquipmentStatus.ACTIVE),
        new Equipment(otherCustomersX1, w.otherCustomer, w.otherNorthSite, "SN-3", "Carrier", "X1", "HVAC", null, null,
            EquipmentStatus.ACTIVE),
        new Equipment(southX1, w.customer, w.southSite, "SN-4", "Carrier", "X1", "HVAC", null, null,
            EquipmentStatus.ACTIVE)));
  }

  static MaintenancePlan plan(UUID id, UUID machine, PlanScope scope, PlanInterval interval, int every, String unit,
      LocalDate startsOn, boolean wait) {
    return new MaintenancePlan(id, machine, scope, null, null, null, "Service " + interval + " " + every, interval,
        every, unit, null, WorkOrderType.PREVENTIVE, Priority.P3, "HVAC", 120, null, startsOn, wait, true);
  }

  /** The office saves the three plans (the meter plan after the machine's first reading). */
  void savePlans(PushService push) {
    assertApplied(push, office, "RecordMeterReading", secondX1,
        new RecordMeterReading(new BigDecimal("100"), "h", null, null));
    assertApplied(push, office, "UpsertMaintenancePlan", monthly, new UpsertMaintenancePlan(
        plan(monthly, w.equipment, PlanScope.MACHINE, PlanInterval.MONTHS, 1, null, LocalDate.of(2027, 1, 15), false)));
    assertApplied(push, office, "UpsertMaintenancePlan", twoWeekly, new UpsertMaintenancePlan(
        plan(twoWeekly, w.equipment, PlanScope.MODEL, PlanInterval.WEEKS, 2, null, LocalDate.of(2027, 1, 11), true)));
    assertApplied(push, office, "UpsertMaintenancePlan", byMeter, new UpsertMaintenancePlan(
        plan(byMeter, secondX1, PlanScope.MACHINE, PlanInterval.METER, 500, "h", LocalDate.of(2027, 1, 4), false)));
  }

  /** What happens on the sites on day {@code day}: meter readings, and two-weekly visits finished. */
  void siteWork(int day, PushService push, Database db) {
    String reading = switch (day) {
      case 30 -> "450";
      case 60 -> "700";     // passes 500: one visit
      case 90 -> "1600";    // passes 1000 and 1500: one visit, for 1500
      case 120 -> "1700";   // nothing new
      default -> null;
    };
    if (reading != null) {
      assertApplied(push, office, "RecordMeterReading", secondX1,
          new RecordMeterReading(new BigDecimal(reading), "h", null, null));
    }
    LocalDate today = clock.instant().atZone(NEW_YORK).toLocalDate();
    for (PlannedVisit v : visits(db)) {
      if (!v.planId().equals(twoWeekly) || today.isBefore(v.dueOn().plusDays(3))) {
        continue;
      }
      WorkOrder wo = find(db, WorkOrder.class, v.workOrderId());
      if (wo.status() != WorkOrderStatus.NEW) {
        continue;
      }
      assertApplied(push, office, "AssignWorkOrder", wo.id(), new AssignWorkOrder(w.tech1));
      for (WorkOrderStatus to : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE,
          WorkOrderStatus.COMPLETED)) {
        assertApplied(push, technician, "ChangeWorkOrderStatus", wo.id(),
            new ChangeWorkOrderStatus(to, null, to == WorkOrderStatus.COMPLETED ? "Serviced" : null, null));
      }
    }
  }

  void dayAt(int day, int hour) {
    clock.set(START.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)));
  }

  MutationResult push(PushService push, Actor actor, String type, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "console-plans", clock.instant(),
        Json.mapper().valueToTree(payload));
    return push.push(actor, Locale.ENGLISH, new PushRequest(List.of(env))).results().get(0);
  }

  void assertApplied(PushService push, Actor actor, String type, UUID entityId, Object payload) {
    MutationResult r = push(push, actor, type, entityId, payload);
    assertThat(r.isApplied()).as(type + " " + r.code() + " " + r.reason()).isTrue();
  }

  static List<PlannedVisit> visits(Database db) {
    return all(db, "PlannedVisit", PlannedVisit.class);
  }

  static <T> List<T> all(Database db, String type, Class<T> cls) {
    List<StoredEntity> rows = db.read(c -> new EntityStore(db.dialect()).all(c, type));
    List<T> out = new ArrayList<>();
    for (StoredEntity e : rows) {
      out.add(parse(e.data(), cls));
    }
    return out;
  }

  static <T> T find(Database db, Class<T> cls, UUID id) {
    return db.read(c -> new EntityStore(db.dialect()).find(c, cls.getSimpleName(), id, false))
        .map(e -> parse(e.data(), cls)).orElseThrow();
  }

  static <T> T parse(String json, Class<T> cls) {
    try {
      return Json.mapper().readValue(json, cls);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
