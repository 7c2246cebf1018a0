package com.fieldops.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text size setting on the sign-in screen: Large scales every font of the app at once, and the
 * phone remembers it after the app is killed and started again.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void largeTextScalesTheAppAndIsRemembered(FxRobot robot) throws Exception {
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    robot.clickOn("#signOut");
    WaitForAsyncUtils.waitForFxEvents();
    robot.lookup("#confirmSignOut").tryQuery().ifPresent(n -> robot.clickOn(n));
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#signInView").tryQuery().isPresent());
    double normal = titleSize(robot, "#signInView");
    assertThat(robot.lookup("#textSize-NORMAL").queryAs(ToggleButton.class).isSelected()).isTrue();

    robot.clickOn("#textSize-LARGE");
    WaitForAsyncUtils.waitForFxEvents();
    double large = titleSize(robot, "#signInView");
    assertThat(large).as("every font grows by a quarter").isCloseTo(normal * 1.25, org.assertj.core.data.Offset.offset(0.5));
    phone.screenshot("signin-large-text-en-light");

    // signed in again and killed: the next start is still large
    robot.interact(() -> phone.app().signInViewModel().passwordProperty().set(PhoneServer.PASSWORD));
    robot.interact(() -> robot.lookup("#signIn").queryButton().fire());
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> phone.app().shell() != null);
    phone.restart(stage);
    phone.awaitToday();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getScene().getRoot().getStyle()).contains(String.format(Locale.ROOT, "%.1fpx", 17 * 1.25));
    assertThat(shell).isNotNull();
    phone.screenshot("today-large-text-en-light");
  }

  /** The size of the screen's title, as drawn. */
  private static double titleSize(FxRobot robot, String screen) {
    Label title = robot.lookup(screen + " .title").queryAs(Label.class);
    try {
      return WaitForAsyncUtils.asyncFx(() -> {
        title.applyCss();
        return title.getFont().getSize();
      }).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
