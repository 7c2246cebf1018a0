package com.fieldops.sla;

import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A work order's SLA, the one rule the server and both clients use: which policy applies to it,
 * and its history as the clocks see it. Pure; {@link SlaCalculator} then gives the clocks.
 *
 * <p><b>History.</b> Each status or priority event counts at the time it happened on the device
 * ({@code occurredAt}), bounded by {@link OfflineEventTime}: not after the server received it
 * ({@code recordedAt}) and not before the previous event the server already knew (events taken in
 * the order the server received them). The server's own entries (escalations, numbers: device
 * {@link WorkOrderEvent#SERVER_DEVICE}) do not move that lower bound: a technician's offline
 * arrival at 10:00 that syncs after a breach escalation at 11:00 must still count at 10:00, or no
 * escalation could ever be disproved. Escalation events are not SLA events.
 *
 * <p><b>Policy.</b> A contract for the work order's equipment wins over a customer contract; without
 * either the default policy applies. Contracts count if they are in force on the day the work order
 * was created, in the site's zone, and name a known policy; of several, the one that started last
 * wins.
 */
public final class WorkOrderSla {
  private WorkOrderSla() {}

  /** One status or priority event with the instant the clocks use for it. */
  public record TimedEvent(WorkOrderEvent event, OfflineEventTime time) {}

  /** The timeline the calculator needs, and the effective time of each event in it. */
  public record History(SlaTimeline timeline, List<TimedEvent> times) {
    public History {
      times = List.copyOf(times);
    }

    /** Whether an event arrived after the time it counts for by more than {@code toleranceMillis}. */
    public boolean hasLateEvents(long toleranceMillis) {
      return times.stream().anyMatch(t -> t.time().received().toEpochMilli() - t.time().effective().toEpochMilli()
          > toleranceMillis);
    }
  }

  /** The work order's history as the SLA clocks see it (events in any order; other kinds are ignored). */
  public static History history(WorkOrder wo, Collection<? extends WorkOrderEvent> events) {
    Objects.requireNonNull(wo, "wo");
    List<WorkOrderEvent> byReceipt = new ArrayList<>(events);
    byReceipt.removeIf(e -> e == null || e.recordedAt() == null || e.occurredAt() == null);
    byReceipt.sort(Comparator.comparing(WorkOrderEvent::recordedAt).thenComparing(WorkOrderEvent::occurredAt)
        .thenComparing(WorkOrderEvent::id));
    Priority initial = null;
    Instant previous = wo.createdAt();
    List<SlaEvent> slaEvents = new ArrayList<>();
    List<TimedEvent> times = new ArrayList<>();
    for (WorkOrderEvent e : byReceipt) {
      if (e instanceof WorkOrderEvent.Created created) {
        initial = created.priority();
        continue;
      }
      if (e instanceof WorkOrderEvent.EscalationFired || e instanceof WorkOrderEvent.EscalationWithdrawn) {
        continue;
      }
      boolean fromServer = WorkOrderEvent.SERVER_DEVICE.equals(e.deviceId());
      OfflineEventTime t = fromServer
          ? OfflineEventTime.of(e.occurredAt(), e.recordedAt(), e.occurredAt())
          : OfflineEventTime.of(e.occurredAt(), e.recordedAt(), previous);
      if (e instanceof WorkOrderEvent.StatusChanged s) {
        slaEvents.add(new SlaEvent.StatusChange(t.effective(), s.to(), s.onHoldReason()));
        times.add(new TimedEvent(e, t));
      } else if (e instanceof WorkOrderEvent.PriorityChanged p) {
        if (initial == null) {
          initial = p.from();
        }
        slaEvents.add(new SlaEvent.PriorityChange(t.effective(), p.to()));
        times.add(new TimedEvent(e, t));
      }
      if (!fromServer && t.effective().isAfter(previous)) {
        previous = t.effective();
      }
    }
    Priority start = initial != null ? initial : wo.priority();
    return new History(new SlaTimeline(wo.createdAt(), start, slaEvents), times);
  }

  /** Shorthand for {@code history(wo, events).timeline()}. */
  public static SlaTimeline timeline(WorkOrder wo, Collection<? extends WorkOrderEvent> events) {
    return history(wo, events).timeline();
  }

  /**
   * The id of the policy that applies to {@code wo}, or empty when no contract covers it and there
   * is no (known) default.
   *
   * @param siteZone        the site's zone (the contract day is the creation day there); null = UTC
   * @param contracts       the customer's contracts (others are ignored)
   * @param policyKnown     whether a policy id names a policy the caller has; contracts naming an
   *                        unknown policy do not count
   * @param defaultPolicyId the default policy (may be null)
   */
  public static Optional<UUID> choosePolicy(WorkOrder wo, ZoneId siteZone, Collection<ServiceContract> contracts,
      Predicate<UUID> policyKnown, UUID defaultPolicyId) {
    ZoneId zone = siteZone == null ? ZoneOffset.UTC : siteZone;
    LocalDate day = wo.createdAt().atZone(zone).toLocalDate();
    List<ServiceContract> inForce = contracts.stream()
        .filter(sc -> sc != null && wo.customerId().equals(sc.customerId()))
        .filter(sc -> sc.coversOn(day) && sc.slaPolicyId() != null && policyKnown.test(sc.slaPolicyId()))
        .sorted(Comparator.comparing(ServiceContract::validFrom).reversed())
        .toList();
    if (wo.equipmentId() != null) {
      Optional<ServiceContract> forEquipment = inForce.stream()
          .filter(sc -> sc.scope() == ContractScope.EQUIPMENT && wo.equipmentId().equals(sc.equipmentId()))
          .findFirst();
      if (forEquipment.isPresent()) {
        return Optional.of(forEquipment.get().slaPolicyId());
      }
    }
    Optional<ServiceContract> forCustomer = inForce.stream().filter(sc -> sc.scope() == ContractScope.CUSTOMER)
        .findFirst();
    if (forCustomer.isPresent()) {
      return Optional.of(forCustomer.get().slaPolicyId());
    }
    return Optional.ofNullable(defaultPolicyId != null && policyKnown.test(defaultPolicyId) ? defaultPolicyId : null);
  }

  /** {@link #choosePolicy} over a map of the known policies, returning the policy itself. */
  public static Optional<SlaPolicy> policyFor(WorkOrder wo, ZoneId siteZone, Collection<ServiceContract> contracts,
      Map<UUID, SlaPolicy> policies, UUID defaultPolicyId) {
    return choosePolicy(wo, siteZone, contracts, policies::containsKey, defaultPolicyId).map(policies::get);
  }

  /**
   * The clocks of {@code wo} under {@code policy} as of {@code now}. Every event the caller holds has
   * happened, so the clocks are evaluated no earlier than the latest of them (a device clock that
   * runs behind must not hide a move it already knows of).
   */
  public static SlaClocks clocks(SlaPolicy policy, WorkOrder wo, Collection<? extends WorkOrderEvent> events,
      Instant now) {
    SlaTimeline timeline = timeline(wo, events);
    Instant last = timeline.lastEventAt();
    return SlaCalculator.compute(policy, timeline, last.isAfter(now) ? last : now);
  }
}
