package com.fieldops.desktop.screens;

import com.fieldops.desktop.testing.ConsoleFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link ChecklistTemplatesLook} in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ChecklistTemplatesChineseTest extends ChecklistTemplatesLook {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console = ConsoleFixture.dispatcher(() -> dir, Locale.SIMPLIFIED_CHINESE, ZONE);

  @Start
  void start(Stage stage) {
    open(stage);
  }

  @Override
  ConsoleFixture console() {
    return console;
  }

  @Override
  String prefix() {
    return "zh";
  }

  @Override
  String inactiveWord() {
    return "停用";
  }
}
