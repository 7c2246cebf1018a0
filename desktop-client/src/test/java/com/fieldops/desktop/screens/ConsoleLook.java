package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.replica.store.CommandOutcome;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every screen look test does the same way: the console at 1600×1000 on the real in-process
 * server with demo data, waiting for its first sync, recording a command and reading the screen on
 * the FX thread. Each look runs in English and Chinese through a subclass per language.
 */
abstract class ConsoleLook {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  abstract ConsoleFixture console();

  /** The screenshot file prefix: the language. */
  abstract String prefix();

  void open(Stage stage) {
    console().start(stage);
    stage.setWidth(1600);
    stage.setHeight(1000);
  }

  /** Waits until the console has signed in, synced once and drawn the board. */
  void signedIn() throws Exception {
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> console().window() != null
        && console().window().replica().syncStatus().lastSuccessfulSync() != null
        && !console().window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The id of what a command recorded; fails with the outcome when it was refused. */
  static UUID recorded(CommandOutcome o) {
    assertThat(o).as(o::toString).isInstanceOf(CommandOutcome.Recorded.class);
    return ((CommandOutcome.Recorded) o).entityId();
  }

  /** Reads what the screen shows on the FX thread (its lists change there). */
  static <T> T onFx(Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
