package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import javafx.scene.control.Label;

/** Labels the screens share. */
public final class Labels {
  private Labels() {}

  /** Secondary text, wrapped: hints, notes on a form, what an empty list shows. */
  public static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.MUTED);
    l.setWrapText(true);
    return l;
  }
}
