package com.fieldops.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TechnicianAppWindowTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new TechnicianApp().start(stage);
  }

  @Test
  void opensAWindowThatSaysWhatItIs(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("FieldOps Technician");
    assertThat(stage.isShowing()).isTrue();
  }
}
