package com.fieldops.mobile.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light or dark, AtlantaFX Primer underneath and the phone's own large, high-contrast rules on top. */
public enum PhoneTheme {
  LIGHT,
  DARK;

  public static final String CSS = PhoneTheme.class.getResource("/com/fieldops/mobile/theme/phone.css").toExternalForm();

  public static PhoneTheme parse(String s) {
    return "DARK".equalsIgnoreCase(s) ? DARK : LIGHT;
  }

  public PhoneTheme toggled() {
    return this == LIGHT ? DARK : LIGHT;
  }

  /** Applies the theme to the scene; {@code zh} picks a CJK font stack, {@code textScale} the person's text size. */
  public void apply(Scene scene, boolean zh, double textScale) {
    Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
    if (!scene.getStylesheets().contains(CSS)) {
      scene.getStylesheets().add(CSS);
    }
    if (scene.getRoot() != null) {
      scene.getRoot().getStyleClass().removeAll("dark", "zh");
      if (this == DARK) {
        scene.getRoot().getStyleClass().add("dark");
      }
      if (zh) {
        scene.getRoot().getStyleClass().add("zh");
      }
      scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 17 * textScale));
    }
  }
}
