package com.fieldops.desktop.escalation;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live list of clocks in warning or breached, worst first, and the notifications to raise when
 * a clock newly enters one of those states. Acknowledging hides a job's notification until its
 * state gets worse; it is a local note of the dispatcher, not a change to the job.
 */
public final class EscalationsViewModel {
  /** One row of the panel. */
  public record Escalation(QueueItem item, MilestoneCountdown clock, BadgeState state, String text, boolean acknowledged) {}

  /** A desktop notification to show. */
  public record Notice(UUID workOrderId, String title, String text, BadgeState state) {}

  private final Messages msg;
  private final CountdownText countdownText;
  private final ObjectProperty<Instant> now;
  private final ObservableList<Escalation> escalations = FXCollections.observableArrayList();
  private final Map<String, BadgeState> lastState = new HashMap<>();
  private final Map<UUID, BadgeState> acknowledged = new HashMap<>();
  private final List<Consumer<Notice>> noticeListeners = new ArrayList<>();
  private boolean first = true;

  public EscalationsViewModel(ConsoleContext ctx, ObjectProperty<Instant> now) {
    this.msg = ctx.messages();
    this.countdownText = new CountdownText(msg);
    this.now = now;
  }

  public void onNotice(Consumer<Notice> listener) {
    noticeListeners.add(listener);
  }

  /** More newly at-risk clocks than this in one update make one summary notice, not a flood of popups. */
  static final int MAX_NOTICES = 3;

  /**
   * Recomputes the list from the current queue items; raises notices for new warnings and breaches.
   * The first update with jobs is the baseline (what was already at risk when the console opened is
   * in the panel, not in popups).
   */
  public void update(List<QueueItem> items) {
    Instant t = now.get();
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
    for (Notice n : notices) {
      noticeListeners.forEach(l -> l.accept(n));
    }
    out.sort(Comparator.comparing(Escalation::acknowledged)
        .thenComparing((Escalation e) -> -e.state().urgency())
        .thenComparing(e -> e.clock().due(), Comparator.nullsLast(Comparator.naturalOrder())));
    escalations.setAll(out);
  }

  public void acknowledge(Escalation e) {
    acknowledged.merge(e.item().row().id(), e.state(), (a, b) -> a.urgency() >= b.urgency() ? a : b);
    List<Escalation> copy = new ArrayList<>(escalations);
    copy.replaceAll(x -> x.item().row().id().equals(e.item().row().id())
        ? new Escalation(x.item(), x.clock(), x.state(), x.text(), true) : x);
    copy.sort(Comparator.comparing(Escalation::acknowledged).thenComparing((Escalation x) -> -x.state().urgency()));
    escalations.setAll(copy);
  }

  public ObservableList<Escalation> escalations() {
    return escalations;
  }

  public Messages messages() {
    return msg;
  }
}
