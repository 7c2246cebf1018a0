package com.fieldops.desktop.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light or dark: AtlantaFX Primer as the base, our semantic colours on top. */
public enum ThemeMode {
  LIGHT,
  DARK;

  public static final String CONSOLE_CSS = ThemeMode.class.getResource("/com/fieldops/desktop/theme/fieldops.css")
      .toExternalForm();

  public ThemeMode toggled() {
    return this == LIGHT ? DARK : LIGHT;
  }

  public static ThemeMode parse(String s) {
    return "DARK".equalsIgnoreCase(s) ? DARK : LIGHT;
  }

  /** Sets the application-wide user agent stylesheet and marks the scene for our dark tweaks. */
  public void apply(Scene scene) {
    Application.setUserAgentStylesheet(this == DARK
        ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
    if (!scene.getStylesheets().contains(CONSOLE_CSS)) {
      scene.getStylesheets().add(CONSOLE_CSS);
    }
    if (scene.getRoot() != null) {
      scene.getRoot().getStyleClass().remove("dark");
      if (this == DARK) {
        scene.getRoot().getStyleClass().add("dark");
      }
    }
  }
}
