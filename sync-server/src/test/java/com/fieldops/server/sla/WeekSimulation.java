package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.server.testing.World;
import com.fieldops.sla.EscalationLevel;
import com.fieldops.sla.EscalationPlan;
import com.fieldops.sla.EscalationPlanner;
import com.fieldops.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A simulated week: work orders opened at random minutes, accepted, driven, on site, held for
 * parts, resumed and completed at random times (always at :10 s, between the scheduler's ticks at
 * whole minutes), written through the server's storage path as they happen, with the scheduler(s)
 * ticking every minute on an injected clock. Afterwards every level the pure planner says was
 * reached must have fired exactly once, within one tick of its instant, and nothing else.
 */
final class WeekSimulation {
  static final Instant START = Instant.parse("2026-03-02T00:00:00Z"); // a Monday
  static final Duration WEEK = Duration.ofDays(7);
  static final Duration STEP = Duration.ofMinutes(1);

  private final Database db;
  private final SlaPolicy policy;
  private final World world;
  private final MutableClock clock;
  private final TreeMap<Instant, List<Object>> actions = new TreeMap<>();
  private final Map<UUID, WorkOrder> workOrders = new HashMap<>();

  WeekSimulation(Database db, SlaPolicy policy, World world, MutableClock clock) {
    this.db = db;
    this.policy = policy;
    this.world = world;
    this.clock = clock;
  }

  /** Plans the lives of {@code count} work orders (deterministic for a seed). */
  void plan(int count, long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < count; i++) {
      Instant created = START.plus(Duration.ofMinutes(r.nextInt(5 * 24 * 60)));
      Priority priority = Priority.values()[r.nextInt(3)];
      UUID id = Ids.newId();
      WorkOrder wo = new WorkOrder(id, null, world.customer, world.northSite, world.contact, null,
          WorkOrderType.REPAIR, priority, WorkOrderStatus.ASSIGNED, null, world.tech1, null, "north", null, null,
          "Simulated job " + i, null, created, Ids.newId());
      workOrders.put(id, wo);
      add(created, wo, new WorkOrderEvent.Created(Ids.newId(), id, null, "sim", created, created,
          WorkOrderType.REPAIR, priority));
      Instant t = created;
      WorkOrder state = wo;
      if (r.nextInt(10) < 2) {
        continue; // never touched all week: every level fires
      }
      List<WorkOrderStatus> path = List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE,
          WorkOrderStatus.ON_SITE);
      for (WorkOrderStatus next : path) {
        t = at10s(t, 1 + r.nextInt(next == WorkOrderStatus.ACCEPTED ? 400 : 600));
        state = move(state, next, null, t);
        if (r.nextInt(10) < 2) {
          break;
        }
      }
      if (state.status() == WorkOrderStatus.ON_SITE && r.nextBoolean()) {
        t = at10s(t, 10 + r.nextInt(120));
        state = move(state, WorkOrderStatus.ON_HOLD, OnHoldReason.WAITING_FOR_PARTS, t);
        t = at10s(t, 30 + r.nextInt(2000));
        state = move(state, WorkOrderStatus.ON_SITE, null, t);
      }
      if (state.status() == WorkOrderStatus.ON_SITE && r.nextInt(3) > 0) {
        t = at10s(t, 10 + r.nextInt(900));
        move(state, WorkOrderStatus.COMPLETED, null, t);
      }
    }
  }

  /**
   * Actions happen at hh:mm:10, between ticks, and never at a level's instant: levels fall on
   * multiples of 15 s (75 % of whole minutes), so "met at the very instant" cannot blur the check.
   */
  private static Instant at10s(Instant after, int minutes) {
    return after.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(minutes)).plusSeconds(10);
  }

  private WorkOrder move(WorkOrder from, WorkOrderStatus to, OnHoldReason reason, Instant at) {
    WorkOrder next = from.withStatus(to, reason);
    if (to == WorkOrderStatus.COMPLETED) {
      next = next.withResolution("Fixed");
    }
    add(at, next, new WorkOrderEvent.StatusChanged(Ids.newId(), from.id(), null, "sim", at, at, from.status(), to,
        reason, null));
    workOrders.put(next.id(), next);
    return next;
  }

  private void add(Instant at, Object... records) {
    actions.computeIfAbsent(at, k -> new ArrayList<>()).addAll(List.of(records));
  }

  /** Runs the week: each minute, what happened since the last tick is stored, then {@code tick} runs. */
  void run(Consumer<Instant> tick) {
    EntityImporter importer = new EntityImporter(db, clock, last -> { });
    Instant end = START.plus(WEEK);
    for (Instant now = START; !now.isAfter(end); now = now.plus(STEP)) {
      clock.advance(Duration.between(clock.instant(), now));
      List<Object> due = new ArrayList<>();
      while (!actions.isEmpty() && !actions.firstKey().isAfter(now)) {
        due.addAll(actions.pollFirstEntry().getValue());
      }
      if (!due.isEmpty()) {
        importer.importAll(due);
      }
      tick.accept(now);
    }
  }

  /** Every reached level fired once within one tick of its instant; nothing else fired. */
  int verify() {
    Instant end = START.plus(WEEK);
    Map<String, long[]> fired = new HashMap<>();
    db.read(c -> {
      for (var row : Jdbc.query(c, "SELECT work_order_id, level_key, level_at, fired_at FROM sla_fired",
          rs -> Map.entry(rs.getString(1) + "/" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)}))) {
        assertThat(fired.put(row.getKey(), row.getValue())).as("fired twice: %s", row.getKey()).isNull();
      }
      return null;
    });
    int expected = 0;
    for (WorkOrder wo : workOrders.values()) {
      List<WorkOrderEvent> events = db.read(c -> new StoredRecords(
          new com.fieldops.server.storage.EntityStore(db.dialect())).events(c, wo.id()));
      EscalationPlan plan = EscalationPlanner.plan(policy, SlaHistory.of(wo, events).timeline(), end);
      for (EscalationLevel level : plan.levels()) {
        String key = wo.id() + "/" + level.key();
        long[] f = fired.remove(key);
        if (level.fireAt() == null || level.fireAt().isAfter(end)) {
          assertThat(f).as("fired although never reached: %s", key).isNull();
          continue;
        }
        expected++;
        assertThat(f).as("never fired: %s at %s", key, level.fireAt()).isNotNull();
        assertThat(Instant.ofEpochMilli(f[0])).as("instant of %s", key).isEqualTo(level.fireAt());
        long lagMillis = f[1] - f[0];
        assertThat(lagMillis).as("lag of %s", key).isBetween(0L, STEP.toMillis() - 1);
      }
    }
    assertThat(fired).as("fired levels no rule explains").isEmpty();
    long events = db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'WorkOrderEvent'"
        + " AND data LIKE '%ESCALATION_FIRED%'"));
    assertThat(events).as("one history event per action of each fired level (every rule here has one action)")
        .isEqualTo(expected);
    return expected;
  }
}
