package com.fieldops.desktop;

import javafx.application.Application;

/** Plain main class: a class that extends Application cannot be the classpath main. */
public final class DesktopLauncher {
  private DesktopLauncher() {}

  public static void main(String[] args) {
    Application.launch(DispatchConsoleApp.class, args);
  }
}
