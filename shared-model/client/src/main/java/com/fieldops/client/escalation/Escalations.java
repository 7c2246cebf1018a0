package com.fieldops.client.escalation;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.client.text.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The clocks in warning or breached, worst first, and the notices to raise when a clock newly
 * enters one of those states. Acknowledging hides a job's notice until its state gets worse; it is
 * a local note of the person, not a change to the job. Not thread-safe: call from the UI thread.
 */
public final class Escalations {
  /** One row of the list. */
  public record Escalation(QueueItem item, MilestoneCountdown clock, BadgeState state, String text, boolean acknowledged) {}

  /** A notification to show. */
  public record Notice(UUID workOrderId, String title, String text, BadgeState state) {}

  /** The list after an update, and the notices it raises. */
  public record Update(List<Escalation> escalations, List<Notice> notices) {}

  /** More newly at-risk clocks than this in one update make one summary notice, not a flood of popups. */
  public static final int MAX_NOTICES = 3;

  private final Messages msg;
  private final CountdownText countdownText;
  private final Map<String, BadgeState> lastState = new HashMap<>();
  private final Map<UUID, BadgeState> acknowledged = new HashMap<>();
  private boolean first = true;

  public Escalations(Messages msg) {
    this.msg = msg;
    this.countdownText = new CountdownText(msg);
  }

  /**
   * The list from the current queue items at {@code t}, with notices for new warnings and breaches.
   * The first update with jobs is the baseline (what was already at risk when the screen opened is
   * in the list, not in popups).
   */
  public Update update(List<QueueItem> items, Instant t) {
    List<Escalation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Notice> notices = new ArrayList<>();
    for (QueueItem i : items) {
      for (MilestoneCountdown c : i.countdowns()) {
        BadgeState s = c.stateAt(t);
        if (s != BadgeState.WARNING && s != BadgeState.BREACHED) {
          continue;
        }
        String key = i.row().id() + "/" + c.milestone();
        seen.add(key);
        BadgeState before = lastState.put(key, s);
        if (!first && before != s) {
          String title = msg.text(s == BadgeState.BREACHED ? "escalation.notify.title.breached" : "escalation.notify.title.warning");
          String text = s == BadgeState.BREACHED
              ? msg.text("escalation.notify.breached", i.row().label(), countdownText.milestone(c.milestone()))
              : msg.text("escalation.notify.warning", i.row().label(), countdownText.milestone(c.milestone()),
                  countdownText.state(c, t));
          notices.add(new Notice(i.row().id(), title, text, s));
        }
        BadgeState ack = acknowledged.get(i.row().id());
        boolean isAcked = ack != null && ack.urgency() >= s.urgency();
        out.add(new Escalation(i, c, s, countdownText.badge(c, t), isAcked));
      }
    }
    lastState.keySet().retainAll(seen);
    first = first && items.isEmpty();
    if (notices.size() > MAX_NOTICES) {
      boolean anyBreach = notices.stream().anyMatch(n -> n.state() == BadgeState.BREACHED);
      BadgeState worst = anyBreach ? BadgeState.BREACHED : BadgeState.WARNING;
      notices = List.of(new Notice(null, msg.text(anyBreach ? "escalation.notify.title.breached"
          : "escalation.notify.title.warning"), msg.text("escalation.notify.many", notices.size()), worst));
    }
    out.sort(Comparator.comparing(Escalation::acknowledged)
        .thenComparing((Escalation e) -> -e.state().urgency())
        .thenComparing(e -> e.clock().due(), Comparator.nullsLast(Comparator.naturalOrder())));
    return new Update(out, notices);
  }

  /** Notes the acknowledgement of {@code e}'s job; returns {@code shown} with that job's rows acknowledged. */
  public List<Escalation> acknowledge(Escalation e, List<Escalation> shown) {
    acknowledged.merge(e.item().row().id(), e.state(), (a, b) -> a.urgency() >= b.urgency() ? a : b);
    List<Escalation> copy = new ArrayList<>(shown);
    copy.replaceAll(x -> x.item().row().id().equals(e.item().row().id())
        ? new Escalation(x.item(), x.clock(), x.state(), x.text(), true) : x);
    copy.sort(Comparator.comparing(Escalation::acknowledged).thenComparing((Escalation x) -> -x.state().urgency()));
    return copy;
  }
}
