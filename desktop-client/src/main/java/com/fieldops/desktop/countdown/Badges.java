package com.fieldops.desktop.countdown;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.desktop.theme.Styles;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Builds and refreshes the countdown badges (colour + icon + words) for a job. */
public final class Badges {
  private Badges() {}

  /** The badge's colour: a style class of the console's theme. */
  public static String styleClass(BadgeState s) {
    return switch (s) {
      case OK -> Styles.OK;
      case WARNING -> Styles.WARNING;
      case BREACHED -> Styles.BREACHED;
      case PAUSED, STOPPED -> Styles.PAUSED;
      case MET -> Styles.MET;
    };
  }

  /** The badge's icon, so that the state never shows by colour alone. */
  public static Ikon icon(BadgeState s) {
    return switch (s) {
      case OK -> MaterialDesignT.TIMER_OUTLINE;
      case WARNING -> MaterialDesignA.ALERT_OUTLINE;
      case BREACHED -> MaterialDesignA.ALERT_OCTAGON_OUTLINE;
      case PAUSED -> MaterialDesignP.PAUSE_CIRCLE_OUTLINE;
      case MET -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
      case STOPPED -> MaterialDesignC.CANCEL;
    };
  }

  public static Label badge(MilestoneCountdown c, Instant now, CountdownText text) {
    Label l = new Label();
    l.getStyleClass().add(Styles.SLA_BADGE);
    update(l, c, now, text);
    return l;
  }

  public static void update(Label l, MilestoneCountdown c, Instant now, CountdownText text) {
    BadgeState s = c.stateAt(now);
    boolean compact = l.getStyleClass().contains(Styles.COMPACT);
    l.setText(compact ? text.compactBadge(c, now) : text.badge(c, now));
    if (compact) {
      String full = text.badge(c, now);
      if (l.getTooltip() == null) {
        l.setTooltip(new javafx.scene.control.Tooltip(full));
      } else if (!full.equals(l.getTooltip().getText())) {
        l.getTooltip().setText(full);
      }
    }
    for (BadgeState other : BadgeState.values()) {
      l.getStyleClass().remove(styleClass(other));
    }
    l.getStyleClass().add(styleClass(s));
    if (l.getGraphic() instanceof FontIcon icon) {
      icon.setIconCode(icon(s));
    } else {
      l.setGraphic(new FontIcon(icon(s)));
    }
    l.setUserData(s);
  }

  /** Fills {@code box} with one badge per milestone, reusing labels when the count is unchanged. */
  public static void fill(Pane box, List<MilestoneCountdown> countdowns, Instant now, CountdownText text) {
    fill(box, countdowns, now, text, false);
  }

  /**
   * Like {@link #fill(Pane, List, Instant, CountdownText)}; {@code compact} badges (lists) have
   * shorter words and the full sentence as a tooltip. No countdown at all says "No SLA".
   */
  public static void fill(Pane box, List<MilestoneCountdown> countdowns, Instant now, CountdownText text,
      boolean compact) {
    if (countdowns.isEmpty()) {
      if (box.getChildren().size() != 1 || !(box.getChildren().get(0).getStyleClass().contains(Styles.SLA_NONE))) {
        Label none = new Label(text.none());
        none.getStyleClass().add(Styles.SLA_NONE);
        box.getChildren().setAll(none);
      }
      return;
    }
    if (box.getChildren().size() != countdowns.size()
        || box.getChildren().get(0).getStyleClass().contains(Styles.SLA_NONE)) {
      box.getChildren().clear();
      for (MilestoneCountdown c : countdowns) {
        Label l = new Label();
        l.getStyleClass().add(Styles.SLA_BADGE);
        if (compact) {
          l.getStyleClass().add(Styles.COMPACT);
        }
        update(l, c, now, text);
        box.getChildren().add(l);
      }
      return;
    }
    for (int i = 0; i < countdowns.size(); i++) {
      update((Label) box.getChildren().get(i), countdowns.get(i), now, text);
    }
  }
}
