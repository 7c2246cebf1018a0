package com.fieldops.desktop.countdown;

import com.fieldops.desktop.theme.Styles;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds and refreshes the countdown badges (colour + icon + words) for a job. */
public final class Badges {
  private Badges() {}

  public static Label badge(MilestoneCountdown c, Instant now, CountdownText text) {
    Label l = new Label();
    l.getStyleClass().add(Styles.SLA_BADGE);
    update(l, c, now, text);
    return l;
  }

  public static void update(Label l, MilestoneCountdown c, Instant now, CountdownText text) {
    BadgeState s = c.stateAt(now);
    l.setText(text.badge(c, now));
    for (BadgeState other : BadgeState.values()) {
      l.getStyleClass().remove(other.styleClass());
    }
    l.getStyleClass().add(s.styleClass());
    if (l.getGraphic() instanceof FontIcon icon) {
      icon.setIconCode(s.icon());
    } else {
      l.setGraphic(new FontIcon(s.icon()));
    }
    l.setUserData(s);
  }

  /** Fills {@code box} with one badge per milestone, reusing labels when the count is unchanged. */
  public static void fill(FlowPane box, List<MilestoneCountdown> countdowns, Instant now, CountdownText text) {
    if (box.getChildren().size() != countdowns.size()) {
      box.getChildren().clear();
      for (MilestoneCountdown c : countdowns) {
        box.getChildren().add(badge(c, now, text));
      }
      return;
    }
    for (int i = 0; i < countdowns.size(); i++) {
      update((Label) box.getChildren().get(i), countdowns.get(i), now, text);
    }
  }
}
