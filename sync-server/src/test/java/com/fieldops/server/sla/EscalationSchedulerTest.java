package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.server.notify.Notification;
import com.fieldops.server.storage.Dialect;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.EscalationPlanner;
import com.fieldops.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EscalationSchedulerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private SlaFixture f;

  private SlaFixture fixture(SlaPolicy policy) {
    f = new SlaFixture(Dialect.SQLITE, T0, policy);
    return f;
  }

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  private void at(Duration sinceT0) {
    f.clock.advance(Duration.between(f.clock.instant(), T0.plus(sinceT0)));
  }

  @Test
  void eachLevelFiresOnceAtItsInstantIntoTheHistoryTheChangeLogAndTheOutbox() {
    fixture(TestPolicies.roundTheClock());
    UUID wo = f.createWorkOrder(Priority.P2);
    f.tick();
    assertThat(f.nextDueAt(wo)).isEqualTo(T0.plus(Duration.ofMinutes(30)));

    at(Duration.ofMinutes(29).plusSeconds(59));
    assertThat(f.tick().fired()).isZero();
    at(Duration.ofMinutes(30));
    assertThat(f.tick().fired()).isEqualTo(1);
    assertThat(f.tick().fired()).isZero();
    at(Duration.ofMinutes(60));
    assertThat(f.tick().fired()).isEqualTo(1);
    assertThat(f.tick().fired()).isZero();

    assertThat(f.fired(wo)).extracting(SlaClockStore.Fired::levelKey)
        .containsExactlyInAnyOrder("RESPONSE:WARNING@0.5", "RESPONSE:BREACH");
    List<WorkOrderEvent.EscalationFired> events = f.history(wo, WorkOrderEvent.EscalationFired.class);
    assertThat(events).extracting(WorkOrderEvent.EscalationFired::level, WorkOrderEvent.EscalationFired::action)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("WARNING@0.5", "NOTIFY_DISPATCHER"),
            org.assertj.core.groups.Tuple.tuple("BREACH", "NOTIFY_SUPERVISOR"),
            org.assertj.core.groups.Tuple.tuple("BREACH", "FLAG_FOR_REASSIGNMENT"));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.minutesLate()).isZero();
      assertThat(e.dueAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
      assertThat(e.deviceId()).isEqualTo(WorkOrderEvent.SERVER_DEVICE);
    });
    // the history reaches the work order's office and its technician by sync
    for (WorkOrderEvent e : events) {
      List<JsonNode> rows = f.changeRows(e.id());
      assertThat(rows).hasSize(1);
      assertThat(rows.get(0).path("region").asText()).isEqualTo("north");
      assertThat(rows.get(0).path("technician").asText()).isEqualTo(f.world.tech1.toString());
    }
    assertThat(f.pokes).isNotEmpty();
    // the breach reached the north supervisor's mailbox (dispatch has no mailbox configured)
    List<Notification> mail = f.notifications(wo);
    assertThat(mail).singleElement().satisfies(n -> {
      assertThat(n.address()).isEqualTo(SlaFixture.SUPERVISOR_MAIL);
      assertThat(n.levelKey()).isEqualTo("RESPONSE:BREACH");
      assertThat(n.subject()).contains("SLA breached").contains("Response");
      assertThat(n.body()).contains("Acme Corp").contains("Chiller down").contains("America/New_York");
    });
  }

  @Test
  void levelsMissedWhileTheServerWasDownFireLateOnStartUpAndSaySo() {
    fixture(TestPolicies.roundTheClock());
    UUID wo = f.createWorkOrder(Priority.P2);
    at(Duration.ofHours(5)); // no tick for five hours: the server was down
    EscalationScheduler restarted = f.newScheduler();
    assertThat(restarted.tick().fired()).isEqualTo(3);
    assertThat(restarted.tick().fired()).isZero();

    List<WorkOrderEvent.EscalationFired> events = f.history(wo, WorkOrderEvent.EscalationFired.class);
    assertThat(events).filteredOn(e -> e.level().equals("BREACH") && e.milestone().equals("RESPONSE"))
        .allSatisfy(e -> {
          assertThat(e.minutesLate()).isEqualTo(240);
          assertThat(e.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
          assertThat(e.recordedAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
        });
    assertThat(events).filteredOn(e -> e.milestone().equals("ONSITE")).allSatisfy(e ->
        assertThat(e.minutesLate()).isEqualTo(60));
    assertThat(f.notifications(wo)).filteredOn(n -> n.levelKey().equals("RESPONSE:BREACH"))
        .singleElement().satisfies(n -> assertThat(n.body()).contains("late").contains("240"));
  }

  @Test
  void nothingIsSentWhileTheClockIsPausedAndTheLevelFiresLaterAfterTheResume() {
    fixture(TestPolicies.roundTheClock());
    UUID wo = f.createWorkOrder(Priority.P2);
    f.status(wo, WorkOrderStatus.ACCEPTED, f.clock.instant());
    at(Duration.ofMinutes(10));
    f.status(wo, WorkOrderStatus.EN_ROUTE, f.clock.instant());
    at(Duration.ofMinutes(30));
    f.status(wo, WorkOrderStatus.ON_SITE, f.clock.instant());
    at(Duration.ofMinutes(60));
    f.hold(wo, OnHoldReason.WAITING_FOR_PARTS);
    f.tick();
    // resolution (480 min) would have been due at 08:00 + 8 h and breached + 30 at 16:30: paused
    at(Duration.ofHours(10));
    assertThat(f.tick().fired()).isZero();
    assertThat(f.nextDueAt(wo)).isNull();
    assertThat(f.notifications(wo)).isEmpty();

    f.status(wo, WorkOrderStatus.ON_SITE, f.clock.instant()); // parts arrived at 18:00
    f.tick();
    // 60 min used before the pause, 420 left: due 18:00 + 7 h = 01:00, breach + 30 at 01:30
    Instant breachPlus30 = T0.plus(Duration.ofHours(17).plusMinutes(30));
    assertThat(f.nextDueAt(wo)).isEqualTo(breachPlus30);
    at(Duration.ofHours(17).plusMinutes(29));
    assertThat(f.tick().fired()).isZero();
    at(Duration.ofHours(17).plusMinutes(30));
    assertThat(f.tick().fired()).isEqualTo(1);

    // RAISE_PRIORITY: once, written as a priority change of the work order, reaching clients
    assertThat(f.workOrder(wo).priority()).isEqualTo(Priority.P1);
    assertThat(f.history(wo, WorkOrderEvent.PriorityChanged.class)).singleElement().satisfies(p -> {
      assertThat(p.from()).isEqualTo(Priority.P2);
      assertThat(p.to()).isEqualTo(Priority.P1);
    });
    at(Duration.ofHours(20));
    assertThat(f.tick().fired()).isZero();
    assertThat(f.workOrder(wo).priority()).isEqualTo(Priority.P1);
    assertThat(f.notifications(wo)).singleElement().satisfies(n ->
        assertThat(n.body()).contains("Priority raised to P1"));
  }

  @Test
  void aLateOfflineArrivalWithdrawsTheBreachVisiblyAndTellsEveryoneWhoWasTold() {
    fixture(TestPolicies.roundTheClock());
    UUID wo = f.createWorkOrder(Priority.P2);
    at(Duration.ofMinutes(5));
    f.status(wo, WorkOrderStatus.ACCEPTED, f.clock.instant());
    at(Duration.ofMinutes(240)); // on site due 12:00
    assertThat(f.tick().fired()).isEqualTo(1);
    assertThat(f.notifications(wo)).extracting(Notification::address)
        .containsExactlyInAnyOrder(SlaFixture.SUPERVISOR_MAIL, "pat@example.com");
    UUID breachEvent = f.fired(wo).get(0).eventId();

    // 13:00: the technician's phone syncs what it recorded without signal at 10:30 and 11:20
    at(Duration.ofMinutes(300));
    f.status(wo, WorkOrderStatus.EN_ROUTE, T0.plus(Duration.ofMinutes(150)));
    f.status(wo, WorkOrderStatus.ON_SITE, T0.plus(Duration.ofMinutes(200)));
    EscalationScheduler.TickResult r = f.tick();
    assertThat(r.withdrawn()).isEqualTo(1);
    assertThat(f.tick().withdrawn()).isZero();

    // both times are kept: when it happened on the device and when the server got it
    assertThat(f.history(wo, WorkOrderEvent.StatusChanged.class))
        .filteredOn(s -> s.to() == WorkOrderStatus.ON_SITE).singleElement().satisfies(s -> {
          assertThat(s.occurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(200)));
          assertThat(s.recordedAt()).isEqualTo(T0.plus(Duration.ofMinutes(300)));
        });
    assertThat(f.history(wo, WorkOrderEvent.EscalationWithdrawn.class)).singleElement().satisfies(w -> {
      assertThat(w.escalationEventId()).isEqualTo(breachEvent);
      assertThat(w.reason()).isEqualTo("MILESTONE_REACHED_FIRST");
    });
    assertThat(f.fired(wo)).singleElement().satisfies(x -> assertThat(x.withdrawnAt()).isNotNull());
    List<Notification> withdrawals = f.notifications(wo).stream()
        .filter(n -> n.kind().equals(Notification.WITHDRAWN)).toList();
    assertThat(withdrawals).extracting(Notification::address)
        .containsExactlyInAnyOrder(SlaFixture.SUPERVISOR_MAIL, "pat@example.com");
    assertThat(withdrawals).allSatisfy(n -> {
      assertThat(n.subject()).startsWith("[WO-").contains("Withdrawn");
      assertThat(n.body()).contains("met");
    });
  }

  @Test
  void aCalendarEditRecomputesTheOpenClocksUnderThePolicy() {
    SlaPolicy policy = TestPolicies.roundTheClock();
    fixture(policy);
    UUID wo = f.createWorkOrder(Priority.P2);
    f.tick();
    assertThat(f.nextDueAt(wo)).isEqualTo(T0.plus(Duration.ofMinutes(30)));

    // business hours 09:00-17:00 Berlin (08:00-16:00 UTC in March): warning at 30 min of business time
    SlaPolicy edited = policy.withCalendar(BusinessCalendar.weekdays("Europe/Berlin", "09:00-17:00"))
        .withEscalationRules(policy.escalationRules().toArray(com.fieldops.sla.EscalationRule[]::new));
    at(Duration.ofMinutes(1));
    f.applied(f.admin, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(edited), f.clock.instant());
    f.tick();
    Instant expected = EscalationPlanner.plan(edited,
        com.fieldops.sla.SlaTimeline.created(T0, Priority.P2), f.clock.instant()).nextFireAt(Set.of()).orElseThrow();
    assertThat(f.nextDueAt(wo)).isEqualTo(expected).isEqualTo(T0.plus(Duration.ofMinutes(30)));

    SlaPolicy berlinEvenings = policy.withCalendar(BusinessCalendar.weekdays("Europe/Berlin", "18:00-20:00"));
    f.applied(f.admin, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(berlinEvenings), f.clock.instant());
    f.tick();
    // 18:00 Berlin = 17:00 UTC; 30 business minutes later
    assertThat(f.nextDueAt(wo)).isEqualTo(Instant.parse("2026-03-02T17:30:00Z"));
  }

  @Test
  void policiesAreAdminWorkRejectedWithTheFieldNamedAndCopiedToEveryClient() {
    SlaPolicy policy = TestPolicies.roundTheClock();
    fixture(policy);
    SlaPolicy bad = policy.withWarningThresholds(1.5);
    MutationResult r = f.push(f.admin, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(bad), f.clock.instant());
    assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(r.field()).startsWith("policy.warningThresholds");

    SlaPolicy unknownZone = policy.withCalendar(BusinessCalendar.twentyFourSeven("Mars/Olympus"));
    MutationResult zone = f.push(f.admin, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(unknownZone),
        f.clock.instant());
    assertThat(zone.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(zone.field()).startsWith("policy.calendar");

    MutationResult notAdmin = f.push(f.dispatcher, "UpsertSlaPolicy", policy.id(), new UpsertSlaPolicy(policy),
        f.clock.instant());
    assertThat(notAdmin.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(notAdmin.code()).isEqualTo("FORBIDDEN");

    f.tick();
    assertThat(f.changeRows(policy.id())).anySatisfy(row -> assertThat(row.path("everyone").asBoolean()).isTrue());
  }
}
