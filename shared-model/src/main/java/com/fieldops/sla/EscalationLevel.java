package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * One escalation level of one work order: a policy rule applied to the work order's clock.
 *
 * @param key stable id of the level within the work order, {@code MILESTONE:TRIGGER} such as
 *     {@code RESPONSE:WARNING@0.75} or {@code RESOLUTION:BREACH+30m}; the scheduler records fired
 *     keys so each level fires exactly once per work order
 * @param fireAt when the clock reaches the level; null while unknown (paused before it) or never
 * @param status where the level stands at the plan's instant
 */
public record EscalationLevel(
    String key,
    Milestone milestone,
    EscalationTrigger trigger,
    List<EscalationAction> actions,
    Instant fireAt,
    Status status) {

  public EscalationLevel {
    actions = List.copyOf(actions);
  }

  /** Where a level stands, computed from the clocks alone (the fired set is the scheduler's). */
  public enum Status {
    /** In the future; fires at {@code fireAt} if nothing changes. */
    PENDING,
    /** Its instant has passed on a running or breached clock: fire it now (late if long past). */
    DUE,
    /** The clock is paused now: nothing is sent while paused; it becomes DUE or PENDING on resume. */
    HELD,
    /** Passed before the milestone was met or the order cancelled; no longer worth sending. */
    SETTLED,
    /** Will never fire: milestone met or cancelled before it, or no target at this priority. */
    NEVER
  }

  public static String keyOf(Milestone milestone, EscalationTrigger trigger) {
    return milestone.name() + ":" + trigger.key();
  }

  @JsonIgnore
  public boolean isDue() {
    return status == Status.DUE;
  }
}
