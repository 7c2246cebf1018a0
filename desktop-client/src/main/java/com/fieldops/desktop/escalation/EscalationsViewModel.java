package com.fieldops.desktop.escalation;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.client.escalation.Escalations;
import com.fieldops.client.escalation.Escalations.Escalation;
import com.fieldops.client.escalation.Escalations.Notice;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The escalations panel: the client layer's {@link Escalations} (which clocks are at risk, which
 * notices to raise, what is acknowledged) as a list the view shows, and the notices as popups.
 */
public final class EscalationsViewModel {
  private final Messages msg;
  private final Escalations logic;
  private final ObjectProperty<Instant> now;
  private final ObservableList<Escalation> escalations = FXCollections.observableArrayList();
  private final List<Consumer<Notice>> noticeListeners = new ArrayList<>();

  public EscalationsViewModel(ConsoleContext ctx, ObjectProperty<Instant> now) {
    this.msg = ctx.messages();
    this.logic = new Escalations(msg);
    this.now = now;
  }

  public void onNotice(Consumer<Notice> listener) {
    noticeListeners.add(listener);
  }

  /** Recomputes the list from the current queue items; raises notices for new warnings and breaches. */
  public void update(List<QueueItem> items) {
    Escalations.Update u = logic.update(items, now.get());
    for (Notice n : u.notices()) {
      noticeListeners.forEach(l -> l.accept(n));
    }
    escalations.setAll(u.escalations());
  }

  public void acknowledge(Escalation e) {
    escalations.setAll(logic.acknowledge(e, escalations));
  }

  public ObservableList<Escalation> escalations() {
    return escalations;
  }

  public Messages messages() {
    return msg;
  }
}
