package com.fieldops.desktop.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoUsers;
import com.fieldops.desktop.ConsoleOptions;
import com.fieldops.desktop.DispatchConsoleApp;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.replica.Replicas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator edits a technician in the console (real server, demo data): skills with levels,
 * region, van, weekly hours. A wrong shift or skill code gets a message under the list and nothing
 * is recorded; a right form reaches the server as the technician's record.
 */
@ExtendWith(ApplicationExtension.class)
class TechnicianFormTest {
  @TempDir
  static Path dir;

  static ConsoleServer server;
  private DispatchConsoleApp app;
  private Stage stage;

  @BeforeAll
  static void startServer() {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, server.url(), DemoUsers.ADMIN, ConsoleServer.PASSWORD,
        Locale.ENGLISH, dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas-" + UUID.randomUUID()),
        Clock.systemDefaultZone(), true);
    app = new DispatchConsoleApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30))));
    app.start(stage);
    stage.setWidth(1600);
    stage.setHeight(1000);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  private static void fill(FxRobot robot, String id, String text) throws Exception {
    TextInputControl t = robot.lookup("#" + id).queryAs(TextInputControl.class);
    WaitForAsyncUtils.asyncFx(() -> t.setText(text)).get();
  }

  @Test
  void anAdministratorEditsSkillsWithLevelsAndWorkingHours(FxRobot robot) throws Exception {
    Technician tech = server.technicians().get(0);
    try {
      WaitForAsyncUtils.waitFor(150, TimeUnit.SECONDS, () -> app.window() != null
          && app.window().replica().syncStatus().lastSuccessfulSync() != null
          && app.window().replica().identity().technicians().stream().anyMatch(t -> t.id().equals(tech.id())));
    } catch (java.util.concurrent.TimeoutException e) {
      Screenshots.save(stage.getScene(), "en-technician-not-signed-in");
      throw new AssertionError("the administrator's console: window " + (app.window() != null) + ", sync "
          + (app.window() == null ? "-" : app.window().replica().syncStatus()), e);
    }
    WaitForAsyncUtils.asyncFx(() -> app.window().editTechnician(tech.id())).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#technicianForm").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#technician-name").queryAs(TextInputControl.class).getText()).isEqualTo(tech.name());

    robot.clickOn("#skillAdd");
    int last = tech.skills().size();
    fill(robot, "skill-code-" + last, "x");
    fill(robot, "hours-MONDAY", "8-17");
    robot.clickOn("#technicianForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#technician-skills-error").queryAs(Label.class).getText()).as("skill code format").isNotBlank();
    assertThat(robot.lookup("#technician-weeklyHours-error").queryAs(Label.class).getText()).contains("8-17");
    Screenshots.save(robot.lookup("#technicianForm").query().getScene(), "en-technician-messages");
    assertThat(app.window().replica().syncStatus().pendingCount()).as("nothing recorded").isZero();

    fill(robot, "skill-code-" + last, "compressors");
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#skill-level-" + last).queryAs(javafx.scene.control.Spinner.class)
        .getValueFactory().setValue(5)).get();
    fill(robot, "hours-MONDAY", "07:30-12:00, 12:30-16:00");
    fill(robot, "technician-region", tech.region());
    Screenshots.save(robot.lookup("#technicianForm").query().getScene(), "en-technician-filled");
    robot.clickOn("#technicianForm-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#technicianForm").tryQuery().isEmpty());

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> server.find(Technician.class, tech.id())
        .map(t -> t.skills().contains(new Skill("COMPRESSORS", 5))).orElse(false));
    Technician stored = server.find(Technician.class, tech.id()).orElseThrow();
    assertThat(stored.weeklyHours()).filteredOn(h -> h.day() == DayOfWeek.MONDAY).containsExactlyInAnyOrder(
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(7, 30), LocalTime.of(12, 0)),
        new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(12, 30), LocalTime.of(16, 0)));
    assertThat(stored.skills()).containsAll(tech.skills());
    assertThat(stored.absences()).isEqualTo(tech.absences());
  }
}
