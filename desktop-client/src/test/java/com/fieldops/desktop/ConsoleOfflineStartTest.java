package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.SyncStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Starting the console when the server cannot be reached: with the user's replica already on this
 * computer (synced earlier against the real server), it opens offline on that copy and says so.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleOfflineStartTest {
  @TempDir
  static Path dir;

  static ConsoleServer server;
  static String url;
  static int openJobs;

  private DispatchConsoleApp app;
  private Stage stage;

  @BeforeAll
  static void syncOnceThenLoseTheServer() throws Exception {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
    url = server.url();
    Path file = ConsoleContext.replicaFile(dir.resolve("replicas"), url, ConsoleServer.DISPATCHER);
    Files.createDirectories(file.getParent());
    try (Replica earlier = Replicas.open(ReplicaConfig.of(file, url).withLocale(Locale.ENGLISH))) {
      earlier.signIn(ConsoleServer.DISPATCHER, ConsoleServer.PASSWORD.toCharArray()).get(30, TimeUnit.SECONDS);
      ConsoleServer.await("the first sync", Duration.ofSeconds(30), () -> earlier.syncStatus().lastSuccessfulSync() != null);
      openJobs = earlier.workOrders().openWorkOrders().size();
    }
    server.stop();
  }

  @AfterAll
  static void closeServer() {
    server.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, url, ConsoleServer.DISPATCHER, ConsoleServer.PASSWORD,
        Locale.ENGLISH, dir.resolve("config"), dir.resolve("replicas"), Clock.systemDefaultZone(), true);
    app = new DispatchConsoleApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(2))));
    app.start(stage);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  @Test
  void startsOfflineFromTheExistingReplicaAndSaysSo(FxRobot robot) throws Exception {
    assertThat(openJobs).as("the earlier sync brought jobs").isPositive();

    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().allItems().size() == openJobs);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#offlineNotice").queryLabeled().getText())
        .contains(url).contains("offline");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> app.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.OFFLINE);
    Screenshots.save(stage.getScene(), "started-offline");
  }
}
