package com.fieldops.server.plan;

import com.fieldops.common.json.Json;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.mutation.GeneratePlannedVisit;
import com.fieldops.equipment.plan.PlanIds;
import com.fieldops.equipment.plan.PlanSchedule;
import com.fieldops.equipment.plan.SystemActor;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.sync.PushService;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns maintenance plans into preventive work orders a horizon ahead (decision 0020). A tick reads
 * the plans and what they made so far ({@link PlanState}), asks the shared rules which visits are due
 * ({@link PlanSchedule}) and sends each as a {@code GeneratePlannedVisit} mutation, as the System
 * actor, through the ordinary push path. Every id of a visit derives from (plan, machine, due date or
 * meter threshold) ({@link PlanIds}): the push path's exactly-once record of mutation ids makes a visit
 * once, whether two instances decide it at the same moment, a tick is repeated after a crash, or the
 * server comes back after downtime. No lock of its own.
 */
public final class PlanGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(PlanGenerator.class);
  /**
   * Visits applied per transaction. Larger than a device's push (500): a catch-up of thousands of
   * visits then commits a quarter as often (each commit rewrites the index pages the batch touched);
   * at ~0.5 ms a visit a transaction still holds SQLite's one writer for about a second at most.
   */
  private static final int BATCH = 2000;

  private final Database db;
  private final Clock clock;
  private final PushService push;
  private final int horizonDays;
  private final EntityStore store;

  public PlanGenerator(Database db, Clock clock, PushService push, int horizonDays) {
    this.db = db;
    this.clock = clock;
    this.push = push;
    this.horizonDays = horizonDays;
    this.store = new EntityStore(db.dialect());
  }

  /**
   * What a tick did: plans looked at, visits decided due, visits that exist now (made by this tick, or
   * a replay of one another instance made at the same moment: the push path answers both alike), and
   * visits the rules refused (logged; looked at again next tick).
   */
  public record TickResult(int plans, int due, int generated, int refused) {}

  public TickResult tick() {
    Instant now = clock.instant();
    PlanState state = db.read(c -> PlanState.read(c, store));
    List<MutationEnvelope> envelopes = new ArrayList<>();
    for (PlanState.Target t : state.targets) {
      LocalDate today = now.atZone(t.site().timeZone()).toLocalDate();
      PlannedVisit previous = t.lastVisit();
      for (PlanSchedule.Due due : PlanSchedule.due(t.plan(), today, horizonDays, t.last(), t.latestReading())) {
        UUID planId = t.plan().id();
        UUID machineId = t.machine().id();
        GeneratePlannedVisit payload = new GeneratePlannedVisit(planId, machineId, due.dueOn(), due.meterThreshold(),
            previous == null ? null : previous.id());
        envelopes.add(new MutationEnvelope(PlanIds.mutation(planId, machineId, due.key(), due.dueOn()),
            "GeneratePlannedVisit", PlanIds.workOrder(planId, machineId, due.key(), due.dueOn()), null,
            WorkOrderEvent.SERVER_DEVICE, now, Json.mapper().valueToTree(payload)));
      }
    }
    int generated = 0;
    int refused = 0;
    for (int from = 0; from < envelopes.size(); from += BATCH) {
      List<MutationEnvelope> batch = envelopes.subList(from, Math.min(envelopes.size(), from + BATCH));
      List<MutationResult> results = push.push(SystemActor.actor(), Locale.ENGLISH, new PushRequest(batch)).results();
      for (MutationResult r : results) {
        if (r.status() == MutationStatus.APPLIED) {
          generated++;
        } else {
          refused++;
          LOG.atInfo().setMessage("planned visit not generated").addKeyValue("event", "plan.visit.refused")
              .addKeyValue("mutation", r.mutationId()).addKeyValue("code", r.code())
              .addKeyValue("reason", r.reason()).log();
        }
      }
    }
    TickResult result = new TickResult(state.plans, envelopes.size(), generated, refused);
    if (!envelopes.isEmpty()) {
      LOG.atInfo().setMessage("maintenance plans looked at").addKeyValue("event", "plan.tick")
          .addKeyValue("plans", result.plans()).addKeyValue("due", result.due())
          .addKeyValue("generated", result.generated())
          .addKeyValue("refused", result.refused()).log();
    }
    return result;
  }
}
