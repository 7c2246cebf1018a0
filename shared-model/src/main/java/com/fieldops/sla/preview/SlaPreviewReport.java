package com.fieldops.sla.preview;

import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationLevel;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.Milestone;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The output of {@code sla preview}: every milestone's clock and every escalation level, with
 * instants in UTC and, for reading, in the calendar's zone ({@code …Local} fields).
 */
public record SlaPreviewReport(
    UUID policyId,
    String policyName,
    String zone,
    Instant evaluatedAt,
    Priority priority,
    List<MilestoneReport> milestones,
    List<EscalationReport> escalations) {

  /** One milestone's clock; minutes are business minutes (left is negative when overdue). */
  public record MilestoneReport(
      Milestone milestone,
      ClockState state,
      Priority priority,
      Long targetMinutes,
      Instant dueAt,
      String dueAtLocal,
      List<WarningReport> warnings,
      Instant metAt,
      Instant breachedAt,
      Instant stoppedAt,
      Instant pausedSince,
      Long businessMinutesUsed,
      Long businessMinutesLeft) {
  }

  /** A warning threshold and when it is (was) reached; no instant while unknown or never. */
  public record WarningReport(double threshold, Instant at, String atLocal) {
  }

  /**
   * An escalation level: {@code status} DUE = would fire now, PENDING = would fire at
   * {@code fireAt}, HELD = paused, SETTLED / NEVER = will not fire.
   */
  public record EscalationReport(
      String level,
      Milestone milestone,
      EscalationTrigger trigger,
      List<EscalationAction> actions,
      Instant fireAt,
      String fireAtLocal,
      EscalationLevel.Status status) {
  }
}
