package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's answers to an operator's mistakes: one line naming what to fix, an exit code, no
 * stack trace, no usage dump, nothing changed; and {@code --help} on sub-commands.
 */
class OperatorCommandsProcessTest {
  @TempDir
  Path dir;

  @Test
  void aBackupOntoAnExistingFileOrIntoAMissingFolderIsRefusedInOneLine() throws Exception {
    Path db = dir.resolve("fieldops.db");
    Database.open(db.toString()).close();
    Path existing = Files.writeString(dir.resolve("yesterday.db"), "keep me");

    ServerJar.Run overwrite = ServerJar.run(dir, Map.of(), "backup", "--to", existing.toString(), "--db", db.toString());
    assertThat(overwrite.exit()).as(overwrite.log()).isEqualTo(2);
    assertThat(overwrite.log()).contains("refusing to overwrite " + existing.toAbsolutePath())
        .doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(overwrite.log().strip().lines()).as(overwrite.log()).hasSize(1);
    assertThat(Files.readString(existing)).isEqualTo("keep me");

    Path missing = dir.resolve("no-such-folder");
    ServerJar.Run noFolder = ServerJar.run(dir, Map.of(), "backup", "--to", missing.resolve("b.db").toString(),
        "--db", db.toString());
    assertThat(noFolder.exit()).as(noFolder.log()).isEqualTo(2);
    assertThat(noFolder.log()).contains("the backup folder does not exist: " + missing.toAbsolutePath())
        .doesNotContain("cannot use the database").doesNotContain("\tat ");
    assertThat(noFolder.log().strip().lines()).as(noFolder.log()).hasSize(1);

    Path noDb = dir.resolve("typo.db");
    ServerJar.Run wrongDb = ServerJar.run(dir, Map.of(), "backup", "--to", dir.resolve("c.db").toString(),
        "--db", noDb.toString());
    assertThat(wrongDb.exit()).as(wrongDb.log()).isEqualTo(3);
    assertThat(wrongDb.log()).contains("no database at " + noDb.toAbsolutePath());
    assertThat(noDb).as("a mistyped database path is not created empty").doesNotExist();

    ServerJar.Run ok = ServerJar.run(dir, Map.of(), "backup", "--to", dir.resolve("today.db").toString(),
        "--db", db.toString());
    assertThat(ok.exit()).as(ok.log()).isZero();
    assertThat(dir.resolve("today.db")).exists();
  }

  @Test
  void subCommandsAnswerHelpWithExitCodeZero() throws Exception {
    ServerJar.Run serve = ServerJar.run(dir, Map.of(), "serve", "--help");
    assertThat(serve.exit()).as(serve.log()).isZero();
    assertThat(serve.log()).contains("Usage: fieldops-server serve").contains("--port");

    ServerJar.Run preview = ServerJar.run(dir, Map.of(), "sla", "preview", "--help");
    assertThat(preview.exit()).as(preview.log()).isZero();
    assertThat(preview.log()).contains("Usage: fieldops-server sla preview").doesNotContain("Missing required");
  }
}
