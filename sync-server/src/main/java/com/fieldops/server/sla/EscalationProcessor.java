package com.fieldops.server.sla;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.server.notify.EscalationNotifier;
import com.fieldops.server.notify.NotificationTemplates;
import com.fieldops.server.storage.Audience;
import com.fieldops.sla.DueEscalation;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationLevel;
import com.fieldops.sla.EscalationPlan;
import com.fieldops.sla.EscalationPlanner;
import com.fieldops.sla.EscalationWithdrawal;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.sla.SlaPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one work order's escalations up to date, inside the caller's transaction (its clock row
 * and work order locked): withdraws fired levels that late-arriving events disprove, fires every
 * level that is due and not fired yet (late ones say how late), and stores the next instant to
 * look at it again. The unique key of {@code sla_fired} makes each level fire once.
 */
final class EscalationProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationProcessor.class);
  /** Firing later than this after a level's instant is "late" and said so (server was down). */
  static final Duration LATE_TOLERANCE = Duration.ofMinutes(1);
  private static final Set<WorkOrderStatus> CLOSED = EnumSet.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED,
      WorkOrderStatus.CANCELLED);

  private final StoredRecords records;
  private final PolicyDirectory policies;
  private final SlaClockStore clocks;
  private final EscalationNotifier notifier;

  EscalationProcessor(StoredRecords records, PolicyDirectory policies, SlaClockStore clocks,
      EscalationNotifier notifier) {
    this.records = records;
    this.policies = policies;
    this.clocks = clocks;
    this.notifier = notifier;
  }

  /** What processing one work order did. */
  record Outcome(int fired, int withdrawn, Instant nextDueAt) {
    static final Outcome NOTHING = new Outcome(0, 0, null);
  }

  Outcome process(Connection c, UUID workOrderId, Instant now, HistoryWriter writer) throws SQLException {
    Optional<SlaClockStore.ClockRow> row = clocks.clock(c, workOrderId);
    Optional<StoredRecords.Versioned<WorkOrder>> found = records.find(c, "WorkOrder", WorkOrder.class, workOrderId,
        true);
    if (row.isEmpty() || found.isEmpty()) {
      clocks.update(c, workOrderId, null, false, null, now);
      return Outcome.NOTHING;
    }
    WorkOrder wo = found.get().value();
    long version = found.get().version();
    boolean open = !CLOSED.contains(wo.status());
    UUID policyId = row.get().policyId();
    if (policyId == null && open) {
      // no policy when the job was opened (none set up yet): take the one that applies now
      policyId = policies.choose(c, wo).orElse(null);
    }
    SlaPolicy policy = policies.policy(policyId).orElse(null);
    if (policy == null) {
      clocks.update(c, workOrderId, policyId, open, null, now);
      return Outcome.NOTHING;
    }
    List<WorkOrderEvent> events = new ArrayList<>(records.events(c, workOrderId));
    SlaHistory history = SlaHistory.of(wo, events);
    List<SlaClockStore.Fired> fired = clocks.fired(c, workOrderId);
    Subject subject = new Subject(c, wo);

    int withdrawn = withdraw(c, policy, history, fired, subject, now, writer);
    Set<String> firedKeys = new HashSet<>();
    clocks.fired(c, workOrderId).forEach(f -> firedKeys.add(f.levelKey()));

    int firedCount = 0;
    EscalationPlan plan = EscalationPlanner.plan(policy, history.timeline(), now);
    // a raised priority changes the clocks: plan again (bounded: P4 can be raised three times)
    for (int round = 0; round < 5; round++) {
      List<DueEscalation> due = plan.due(firedKeys);
      if (due.isEmpty()) {
        break;
      }
      boolean priorityChanged = false;
      for (DueEscalation d : due) {
        FireResult r = fire(c, subject, version, plan, d, now, writer, events);
        firedKeys.add(d.level().key());
        if (r.fired()) {
          firedCount++;
        }
        if (r.raised() != null) {
          subject = subject.with(r.raised());
          version++;
          priorityChanged = true;
          break;
        }
      }
      if (!priorityChanged) {
        break;
      }
      history = SlaHistory.of(subject.wo, events);
      plan = EscalationPlanner.plan(policy, history.timeline(), now);
    }
    Instant next = plan.nextFireAt(firedKeys).orElse(null);
    if (next != null && !next.isAfter(now) && !plan.due(firedKeys).isEmpty()) {
      next = now; // still something due (more than five priority raises in one go): next tick
    }
    clocks.update(c, workOrderId, policyId, open, next, now);
    return new Outcome(firedCount, withdrawn, next);
  }

  /**
   * Computes the work order's clocks and escalation plan on a read connection, writing nothing:
   * the scheduler runs this before it takes the writer, so a job whose clocks cannot be computed
   * (an absurd stored instant, a calendar that cannot reach the target) fails here, with no writer
   * held, and never inside the write transaction. Same reads and the same (bounded) calculation
   * as {@link #process}.
   *
   * @throws RuntimeException (usually {@link com.fieldops.sla.SlaCalendarException}) when the
   *     clocks cannot be computed
   */
  void compute(Connection c, UUID workOrderId, Instant now) throws SQLException {
    Optional<SlaClockStore.ClockRow> row = clocks.clock(c, workOrderId);
    Optional<WorkOrder> found = records.value(c, "WorkOrder", WorkOrder.class, workOrderId);
    if (row.isEmpty() || found.isEmpty()) {
      return;
    }
    WorkOrder wo = found.get();
    UUID policyId = row.get().policyId();
    if (policyId == null && !CLOSED.contains(wo.status())) {
      policyId = policies.choose(c, wo).orElse(null);
    }
    SlaPolicy policy = policies.policy(policyId).orElse(null);
    if (policy == null) {
      return;
    }
    SlaHistory history = SlaHistory.of(wo, records.events(c, workOrderId));
    Map<String, Instant> active = new HashMap<>();
    for (SlaClockStore.Fired f : clocks.fired(c, workOrderId)) {
      if (f.withdrawnAt() == null) {
        active.put(f.levelKey(), f.firedAt());
      }
    }
    if (!active.isEmpty()) {
      EscalationPlanner.withdrawals(policy, history.timeline(), active);
    }
    EscalationPlanner.plan(policy, history.timeline(), now);
  }

  private record FireResult(boolean fired, WorkOrder raised) {}

  private FireResult fire(Connection c, Subject subject, long version, EscalationPlan plan, DueEscalation d,
      Instant now, HistoryWriter writer, List<WorkOrderEvent> events) throws SQLException {
    EscalationLevel level = d.level();
    WorkOrder wo = subject.wo;
    UUID firstEventId = Ids.newId();
    if (!clocks.recordFired(c, wo.id(), level.key(), level.fireAt(), now, firstEventId)) {
      return new FireResult(false, null);
    }
    long minutesLate = d.isLate(LATE_TOLERANCE) ? d.lateBy().toMinutes() : 0;
    MilestoneClock clock = plan.clocks().clock(level.milestone());
    Instant dueAt = clock.dueAt() != null ? clock.dueAt() : clock.breachedAt();
    Audience audience = Audience.of(wo.region(), wo.assigneeId());
    WorkOrder raised = null;
    Priority newPriority = null;
    List<EscalationAction> actions = level.actions();
    for (int i = 0; i < actions.size(); i++) {
      EscalationAction a = actions.get(i);
      UUID id = i == 0 ? firstEventId : Ids.newId();
      String action = a.type() == EscalationAction.Type.NOTIFY ? "NOTIFY_" + a.target() : a.type().name();
      WorkOrderEvent.EscalationFired event = new WorkOrderEvent.EscalationFired(id, wo.id(), null,
          WorkOrderEvent.SERVER_DEVICE, level.fireAt(), now, level.milestone().name(), level.trigger().key(), action,
          dueAt, minutesLate);
      writer.write(event, 1, audience);
      events.add(event);
      if (a.type() == EscalationAction.Type.RAISE_PRIORITY && raised == null && wo.priority() != Priority.P1) {
        newPriority = wo.priority().raised();
        raised = wo.withPriority(newPriority);
        writer.write(raised, version + 1, audience);
        WorkOrderEvent.PriorityChanged changed = new WorkOrderEvent.PriorityChanged(Ids.newId(), wo.id(), null,
            WorkOrderEvent.SERVER_DEVICE, now, now, wo.priority(), newPriority, "SLA " + level.key());
        writer.write(changed, 1, audience);
        events.add(changed);
      }
    }
    notifier.fired(c, subject.notifierSubject(), facts(subject, level, dueAt, minutesLate, newPriority),
        level.key(), firstEventId, now);
    LOG.atInfo().setMessage("escalation fired").addKeyValue("event", "escalation.fired")
        .addKeyValue("workOrder", wo.label()).addKeyValue("workOrderId", wo.id()).addKeyValue("level", level.key())
        .addKeyValue("actions", actions.size()).addKeyValue("dueAt", dueAt).addKeyValue("minutesLate", minutesLate)
        .log();
    return new FireResult(true, raised);
  }

  private int withdraw(Connection c, SlaPolicy policy, SlaHistory history, List<SlaClockStore.Fired> fired,
      Subject subject, Instant now, HistoryWriter writer) throws SQLException {
    Map<String, Instant> active = new HashMap<>();
    Map<String, SlaClockStore.Fired> byKey = new HashMap<>();
    for (SlaClockStore.Fired f : fired) {
      if (f.withdrawnAt() == null) {
        active.put(f.levelKey(), f.firedAt());
        byKey.put(f.levelKey(), f);
      }
    }
    if (active.isEmpty()) {
      return 0;
    }
    List<EscalationWithdrawal> withdrawals = EscalationPlanner.withdrawals(policy, history.timeline(), active);
    if (withdrawals.isEmpty()) {
      return 0;
    }
    EscalationPlan current = EscalationPlanner.plan(policy, history.timeline(), now);
    WorkOrder wo = subject.wo;
    for (EscalationWithdrawal w : withdrawals) {
      SlaClockStore.Fired f = byKey.get(w.key());
      UUID eventId = Ids.newId();
      writer.write(new WorkOrderEvent.EscalationWithdrawn(eventId, wo.id(), null, WorkOrderEvent.SERVER_DEVICE, now,
          now, f.eventId(), w.reason().name()), 1, Audience.of(wo.region(), wo.assigneeId()));
      if (w.reason() == EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST) {
        clocks.markWithdrawn(c, wo.id(), w.key(), now, eventId);
      } else {
        clocks.forget(c, wo.id(), w.key());
      }
      MilestoneClock clock = current.clocks().clock(w.milestone());
      EscalationLevel level = current.levels().stream().filter(l -> l.key().equals(w.key())).findFirst()
          .orElse(new EscalationLevel(w.key(), w.milestone(), w.trigger(), List.of(), f.levelAt(),
              EscalationLevel.Status.NEVER));
      notifier.withdrawn(c, subject.notifierSubject(), facts(subject, level, clock.dueAt(), 0, null), w.key(),
          w.reason(), clock.metAt(), eventId, now);
      LOG.atInfo().setMessage("escalation withdrawn").addKeyValue("event", "escalation.withdrawn")
          .addKeyValue("workOrder", wo.label()).addKeyValue("workOrderId", wo.id()).addKeyValue("level", w.key())
          .addKeyValue("reason", w.reason()).log();
    }
    return withdrawals.size();
  }

  private static NotificationTemplates.EscalationFacts facts(Subject s, EscalationLevel level, Instant dueAt,
      long minutesLate, Priority newPriority) {
    return new NotificationTemplates.EscalationFacts(s.wo.label(), level.milestone(), level.trigger(),
        level.actions(), newPriority, s.customer == null ? null : s.customer.name(),
        s.site == null ? null : s.site.name(), s.wo.problem(), dueAt, level.fireAt(), minutesLate, s.zone());
  }

  /** The work order and the records its messages mention, read once per work order. */
  private final class Subject {
    final WorkOrder wo;
    final Site site;
    final Customer customer;
    final Contact contact;
    final Technician assignee;

    Subject(Connection c, WorkOrder wo) throws SQLException {
      this.wo = wo;
      this.site = records.value(c, "Site", Site.class, wo.siteId()).orElse(null);
      this.customer = records.value(c, "Customer", Customer.class, wo.customerId()).orElse(null);
      this.contact = records.value(c, "Contact", Contact.class, wo.contactId()).orElse(null);
      this.assignee = records.value(c, "Technician", Technician.class, wo.assigneeId()).orElse(null);
    }

    private Subject(WorkOrder wo, Site site, Customer customer, Contact contact, Technician assignee) {
      this.wo = wo;
      this.site = site;
      this.customer = customer;
      this.contact = contact;
      this.assignee = assignee;
    }

    Subject with(WorkOrder changed) {
      return new Subject(changed, site, customer, contact, assignee);
    }

    ZoneId zone() {
      return site != null && site.timeZone() != null ? site.timeZone() : ZoneId.of("UTC");
    }

    EscalationNotifier.Subject notifierSubject() {
      return new EscalationNotifier.Subject(wo, site, customer, contact, assignee);
    }
  }
}
