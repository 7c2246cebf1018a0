package com.fieldops.client.countdown;

import com.fieldops.client.text.Messages;
import com.fieldops.sla.Milestone;
import java.time.Instant;

/** The words on a badge, e.g. "Response: 42 min left", "On site: overdue 5 min", "Resolution: met". */
public final class CountdownText {
  private final Messages msg;

  public CountdownText(Messages msg) {
    this.msg = msg;
  }

  public String milestone(Milestone m) {
    return switch (m) {
      case RESPONSE -> msg.text("sla.response");
      case ONSITE -> msg.text("sla.onsite");
      case RESOLUTION -> msg.text("sla.resolution");
    };
  }

  public String state(MilestoneCountdown c, Instant now) {
    BadgeState s = c.stateAt(now);
    String left = DurationText.format(c.leftAt(now), msg.locale());
    return msg.text(s.messageKey(), left);
  }

  public String badge(MilestoneCountdown c, Instant now) {
    return msg.text("sla.badge", milestone(c.milestone()), state(c, now));
  }

  /** "Response 40 min", "On site overdue 5 min": for the queue, where three badges share a line. */
  public String compactBadge(MilestoneCountdown c, Instant now) {
    BadgeState s = c.stateAt(now);
    String left = DurationText.format(c.leftAt(now), msg.locale());
    return msg.text("sla.badge.compact", milestone(c.milestone()), msg.text(s.compactKey(), left));
  }

  /** Shown instead of badges when no SLA policy applies to a job. */
  public String none() {
    return msg.text("sla.none");
  }
}
