package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.identity.model.Role;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.auth.Account;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's user commands of the real jar against a real SQLite file: add, change the
 * password, disable; each answers with its exit code, and a sign-in shows what it did.
 */
class UserCommandsProcessTest {
  @TempDir
  Path dir;

  private ServerJar.Run cli(Map<String, String> env, String... args) throws Exception {
    return ServerJar.run(dir, env, args);
  }

  private static boolean signsIn(Database db, String user, String password) {
    AuthService auth = new AuthService(db, Clock.systemUTC(), new PasswordHasher(1024, 1), Duration.ofHours(1));
    try {
      return auth.signIn(new SignInRequest(user, password, "test"), "127.0.0.1").token() != null;
    } catch (ApiException refused) {
      return false;
    }
  }

  @Test
  void anOperatorAddsAUserChangesItsPasswordAndDisablesIt() throws Exception {
    String db = dir.resolve("fieldops.db").toString();
    ServerJar.Run added = cli(Map.of("FIELDOPS_NEW_PASSWORD", "first-password"), "user", "add", "li.na", "--role",
        "DISPATCHER", "--name", "Li Na", "--region", "cn-east", "--db", db);
    assertThat(added.exit()).as(added.log()).isZero();
    assertThat(added.log()).contains("user li.na added as DISPATCHER").doesNotContain("first-password");

    ServerJar.Run again = cli(Map.of("FIELDOPS_NEW_PASSWORD", "other"), "user", "add", "li.na", "--role", "DISPATCHER",
        "--db", db);
    assertThat(again.exit()).as("a second user of the same name").isEqualTo(1);
    assertThat(again.log()).contains("user li.na already exists");

    ServerJar.Run changed = cli(Map.of("FIELDOPS_NEW_PASSWORD", "second-password"), "user", "passwd", "li.na", "--db", db);
    assertThat(changed.exit()).as(changed.log()).isZero();
    assertThat(changed.log()).contains("password of li.na changed");
    try (Database d = Database.open(db)) {
      Account account = new AuthService(d, Clock.systemUTC(), new PasswordHasher(1024, 1), Duration.ofHours(1))
          .account("li.na").orElseThrow();
      assertThat(account.role()).isEqualTo(Role.DISPATCHER);
      assertThat(account.region()).isEqualTo("cn-east");
      assertThat(account.displayName()).isEqualTo("Li Na");
      assertThat(signsIn(d, "li.na", "first-password")).as("the old password").isFalse();
      assertThat(signsIn(d, "li.na", "second-password")).as("the new password").isTrue();
    }

    ServerJar.Run disabled = cli(Map.of(), "user", "disable", "li.na", "--db", db);
    assertThat(disabled.exit()).as(disabled.log()).isZero();
    assertThat(disabled.log()).contains("user li.na disabled");
    ServerJar.Run unknown = cli(Map.of(), "user", "disable", "nobody", "--db", db);
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.log()).contains("no user nobody");
    try (Database d = Database.open(db)) {
      assertThat(signsIn(d, "li.na", "second-password")).as("a disabled user").isFalse();
    }
  }

  @Test
  void addingAUserWithoutATerminalOrAPasswordSaysWhatToSetAndCreatesNoDatabase() throws Exception {
    Path db = dir.resolve("never-created.db");
    ServerJar.Run run = cli(Map.of("FIELDOPS_NEW_PASSWORD", ""), "user", "add", "li.na", "--role", "DISPATCHER",
        "--db", db.toString());

    assertThat(run.exit()).as(run.log()).isEqualTo(2);
    assertThat(run.log()).contains("set FIELDOPS_NEW_PASSWORD").doesNotContain("Usage").doesNotContain("demo-data")
        .doesNotContain("\tat ");
    assertThat(run.log().strip().lines()).as(run.log()).hasSize(1);
    assertThat(db).as("nothing was done, so no database file either").doesNotExist();

    ServerJar.Run passwd = cli(Map.of("FIELDOPS_NEW_PASSWORD", ""), "user", "passwd", "li.na", "--db", db.toString());
    assertThat(passwd.exit()).as(passwd.log()).isEqualTo(2);
    assertThat(db).doesNotExist();
  }
}
