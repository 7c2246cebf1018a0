package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.testing.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DispatchConsoleAppWindowTest {
  @TempDir
  static Path dir;

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, null, null, null, Locale.ENGLISH, dir.resolve("config"),
        dir.resolve("replicas"), Clock.systemUTC(), false);
    new DispatchConsoleApp(options, ConsoleContext.ReplicaOpener.standard()).start(stage);
  }

  @Test
  void opensAtTheSignInScreenWithItsTitle(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("FieldOps Dispatch Console");
    assertThat(stage.isShowing()).isTrue();
    assertThat(robot.lookup("#signInServer").tryQuery()).isPresent();
    Screenshots.save(stage.getScene(), "sign-in-empty");
  }

  @Test
  void signInWithEmptyFieldsNamesEachMissingField(FxRobot robot) {
    robot.clickOn("#signInSubmit");
    assertThat(robot.lookup("#signInServerError").queryLabeled().getText()).isEqualTo("Enter the server address.");
    assertThat(robot.lookup("#signInUserError").queryLabeled().getText()).isEqualTo("Enter your user name.");
    assertThat(robot.lookup("#signInPasswordError").queryLabeled().getText()).isEqualTo("Enter your password.");
    Screenshots.save(stage.getScene(), "sign-in-errors");
  }
}
