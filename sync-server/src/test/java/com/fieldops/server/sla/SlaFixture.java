package com.fieldops.server.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.mutation.SetDefaultSlaPolicy;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.server.notify.Channel;
import com.fieldops.server.notify.Notification;
import com.fieldops.server.notify.NotificationOutbox;
import com.fieldops.server.notify.Recipient;
import com.fieldops.server.notify.Recipients;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.sync.PushService;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.server.testing.World;
import com.fieldops.sla.SlaPolicy;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A database with the test {@link World}, one SLA policy as the default, a supervisor mailbox, a
 * push service and a scheduler on a hand-moved clock. Mutations go through the real push path.
 */
final class SlaFixture implements AutoCloseable {
  static final String SUPERVISOR_MAIL = "supervisor-north@example.com";

  final Database db;
  final MutableClock clock;
  final World world = new World();
  final PushService push;
  final Actor admin = new Actor(Ids.newId(), Role.ADMIN, null, null);
  final Actor tech1;
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  EscalationScheduler scheduler;
  final List<Long> pokes = new ArrayList<>();

  SlaFixture(Dialect dialect, Instant start, SlaPolicy policy) {
    this(TestDatabases.open(dialect), start, policy, true);
  }

  SlaFixture(Database db, Instant start, SlaPolicy policy, boolean seed) {
    this.db = db;
    this.clock = new MutableClock(start);
    this.tech1 = new Actor(Ids.newId(), Role.TECHNICIAN, world.tech1, null);
    this.push = new PushService(db, clock, pokes::add, new SimpleMeterRegistry());
    if (seed) {
      new EntityImporter(db, clock, last -> { }).importAll(world.records());
      applied(admin, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(policy), clock.instant());
      applied(admin, "SetDefaultSlaPolicy", DefaultSlaPolicy.ID, new SetDefaultSlaPolicy(policy.id()),
          clock.instant());
      db.write(c -> {
        new Recipients().add(c, new Recipient(Ids.newId(), "SUPERVISOR", "north", Channel.EMAIL, SUPERVISOR_MAIL,
            Locale.ENGLISH, null), clock.instant());
        return null;
      });
    }
    this.scheduler = new EscalationScheduler(db, clock, pokes::add);
  }

  /** A new scheduler instance on the same database (a restarted server, or a second instance). */
  EscalationScheduler newScheduler() {
    return new EscalationScheduler(db, clock, pokes::add);
  }

  MutationResult push(Actor actor, String type, UUID entityId, Object payload, Instant deviceTime) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "device-test", deviceTime,
        Json.mapper().valueToTree(payload));
    return push.push(actor, Locale.ENGLISH, new PushRequest(List.of(env))).results().get(0);
  }

  MutationResult applied(Actor actor, String type, UUID entityId, Object payload, Instant deviceTime) {
    MutationResult r = push(actor, type, entityId, payload, deviceTime);
    if (r.status() != MutationStatus.APPLIED) {
      throw new AssertionError(type + " was not applied: " + r);
    }
    return r;
  }

  /** A new work order at the north site, assigned to tech1, created now. */
  UUID createWorkOrder(Priority priority) {
    UUID id = Ids.newId();
    applied(dispatcher, "CreateWorkOrder", id, new CreateWorkOrder(world.customer, world.northSite, world.contact,
        null, WorkOrderType.REPAIR, priority, null, "Chiller down", null, null, world.tech1), clock.instant());
    return id;
  }

  void status(UUID wo, WorkOrderStatus to, Instant deviceTime) {
    applied(tech1, "ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(to, null, null, null), deviceTime);
  }

  void hold(UUID wo, OnHoldReason reason) {
    applied(tech1, "ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(WorkOrderStatus.ON_HOLD, reason, null,
        null), clock.instant());
  }

  EscalationScheduler.TickResult tick() {
    return scheduler.tick();
  }

  List<SlaClockStore.Fired> fired(UUID wo) {
    return db.read(c -> new SlaClockStore(db.dialect()).fired(c, wo));
  }

  List<WorkOrderEvent> history(UUID wo) {
    return db.read(c -> new StoredRecords(new EntityStore(db.dialect())).events(c, wo));
  }

  <T extends WorkOrderEvent> List<T> history(UUID wo, Class<T> kind) {
    return history(wo).stream().filter(kind::isInstance).map(kind::cast)
        .sorted(java.util.Comparator.comparing(WorkOrderEvent::recordedAt).thenComparing(WorkOrderEvent::id))
        .toList();
  }

  WorkOrder workOrder(UUID wo) {
    return db.read(c -> new StoredRecords(new EntityStore(db.dialect())).value(c, "WorkOrder", WorkOrder.class, wo))
        .orElseThrow();
  }

  List<Notification> notifications(UUID wo) {
    return db.read(c -> new NotificationOutbox(db.dialect()).ofWorkOrder(c, wo));
  }

  /** Change-log rows of an entity: (type, region, technician, everyone). */
  List<JsonNode> changeRows(UUID entityId) {
    return db.read(c -> Jdbc.query(c, "SELECT entity_type, region, technician_id, everyone FROM change_log"
        + " WHERE entity_id = ? ORDER BY seq", rs -> {
          var o = Json.mapper().createObjectNode();
          o.put("type", rs.getString(1));
          o.put("region", rs.getString(2));
          o.put("technician", rs.getString(3));
          o.put("everyone", rs.getBoolean(4));
          return (JsonNode) o;
        }, entityId));
  }

  Instant nextDueAt(UUID wo) {
    return db.read(c -> new SlaClockStore(db.dialect()).clock(c, wo)).map(SlaClockStore.ClockRow::nextDueAt)
        .orElse(null);
  }

  @Override
  public void close() {
    db.close();
  }
}
