package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.replica.Replicas;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console against a running sync server with the demo data (started by hand:
 * {@code java -jar sync-server/target/sync-server-0.1.0-SNAPSHOT-all.jar serve --demo-data --port 18931 --db /tmp/demo.db}),
 * then {@code mvn -pl desktop-client test -Dtest=RealServerSmokeTest -Ddemo.url=http://127.0.0.1:18931}.
 */
@EnabledIfSystemProperty(named = "demo.url", matches = "http.*")
@ExtendWith(ApplicationExtension.class)
class RealServerSmokeTest {
  @TempDir
  static Path dir;

  private DispatchConsoleApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, System.getProperty("demo.url"), ConsoleOptions.DEMO_USER,
        ConsoleOptions.DEMO_PASSWORD, Locale.ENGLISH, dir.resolve("config"), dir.resolve("replicas"),
        Clock.systemDefaultZone(), true);
    app = new DispatchConsoleApp(options, Replicas::open);
    app.start(stage);
  }

  @Test
  void signsInAsTheDemoDispatcherAndShowsEveryScreen(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().totalProperty().get() > 0);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.window().board().loadingProperty().get()
        && app.window().replica().syncStatus().lastSuccessfulSync() != null);
    Thread.sleep(1500);
    WaitForAsyncUtils.asyncFx(() -> app.window().board().reload()).get();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.window().board().loadingProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "demo-dispatch-board");
    for (Screen s : Screen.values()) {
      WaitForAsyncUtils.asyncFx(() -> app.window().shell().screenProperty().set(s)).get();
      Thread.sleep(800);
      WaitForAsyncUtils.waitForFxEvents();
      Screenshots.save(stage.getScene(), "demo-" + s.name().toLowerCase(Locale.ROOT));
    }
    assertThat(app.window().board().queue().totalProperty().get()).isPositive();
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(30, TimeUnit.SECONDS);
  }
}
