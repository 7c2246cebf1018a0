package com.fieldops.desktop.countdown;

import com.fieldops.desktop.theme.Styles;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** How a countdown badge looks: a colour (style class) AND an icon AND words, never colour alone. */
public enum BadgeState {
  OK(Styles.OK, MaterialDesignT.TIMER_OUTLINE, "sla.state.ok"),
  WARNING(Styles.WARNING, MaterialDesignA.ALERT_OUTLINE, "sla.state.warning"),
  BREACHED(Styles.BREACHED, MaterialDesignA.ALERT_OCTAGON_OUTLINE, "sla.state.breached"),
  PAUSED(Styles.PAUSED, MaterialDesignP.PAUSE_CIRCLE_OUTLINE, "sla.state.paused"),
  MET(Styles.MET, MaterialDesignC.CHECK_CIRCLE_OUTLINE, "sla.state.met"),
  /** The job was cancelled before the milestone: its clock stopped, neither met nor breached. */
  STOPPED(Styles.PAUSED, MaterialDesignC.CANCEL, "sla.state.stopped");

  private final String styleClass;
  private final Ikon icon;
  private final String messageKey;

  BadgeState(String styleClass, Ikon icon, String messageKey) {
    this.styleClass = styleClass;
    this.icon = icon;
    this.messageKey = messageKey;
  }

  public String styleClass() {
    return styleClass;
  }

  public Ikon icon() {
    return icon;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The short words for a compact badge in a list, e.g. "40 min", "overdue 5 min". */
  public String compactKey() {
    return "sla.compact." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Higher = more urgent; used to sort the queue and to colour a job block. */
  public int urgency() {
    return switch (this) {
      case BREACHED -> 4;
      case WARNING -> 3;
      case OK -> 2;
      case PAUSED -> 1;
      case MET, STOPPED -> 0;
    };
  }
}
