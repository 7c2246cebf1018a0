package com.fieldops.desktop;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

public class DispatchConsoleApp extends Application {
  @Override
  public void start(Stage stage) {
    stage.setTitle("FieldOps Dispatch Console");
    stage.setScene(new Scene(new StackPane(new Label("FieldOps Dispatch Console")), 1280, 800));
    stage.show();
  }
}
