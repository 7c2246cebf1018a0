package com.fieldops.mobile;

import javafx.application.Application;

/** Plain main class: a class that extends Application cannot be the classpath main. */
public final class MobileLauncher {
  private MobileLauncher() {}

  public static void main(String[] args) {
    Application.launch(TechnicianApp.class, args);
  }
}
