package com.fieldops.desktop.admin;

import com.fieldops.demo.DemoUsers;
import com.fieldops.desktop.testing.ConsoleFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@link UsersScreenLook} in English. */
@ExtendWith(ApplicationExtension.class)
class UsersScreenEnglishTest extends UsersScreenLook {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console = ConsoleFixture.dispatcher(() -> dir, Locale.ENGLISH, ZONE).as(DemoUsers.ADMIN);

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
    return "en";
  }
}
