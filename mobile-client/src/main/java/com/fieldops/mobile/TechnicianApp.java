package com.fieldops.mobile;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

public class TechnicianApp extends Application {
  /** Phone form factor on a desktop JVM. */
  public static final double WIDTH = 390;
  public static final double HEIGHT = 844;

  @Override
  public void start(Stage stage) {
    stage.setTitle("FieldOps Technician");
    stage.setScene(new Scene(new StackPane(new Label("FieldOps Technician")), WIDTH, HEIGHT));
    stage.show();
  }
}
