package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DispatchConsoleAppWindowTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new DispatchConsoleApp().start(stage);
  }

  @Test
  void opensAWindowThatSaysWhatItIs(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("FieldOps Dispatch Console");
    assertThat(stage.isShowing()).isTrue();
  }
}
