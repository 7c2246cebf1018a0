package com.fieldops.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoUsers;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.model.Role;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.sync.SignInOutcome;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The users screen as the demo administrator uses it against the real server: a new user with a
 * message next to each wrong field and nothing created until they are right, the one-time password
 * shown once and good for signing in, another role, disabling (they cannot sign in) and enabling,
 * a reset password that replaces the old one, and the server's refusal (an admin disabling
 * themselves) shown on the form. Run in English and Chinese by the subclasses.
 */
abstract class UsersScreenLook {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  abstract ConsoleFixture console();

  abstract String prefix();

  void open(Stage stage) {
    console().start(stage);
    stage.setWidth(1600);
    stage.setHeight(1000);
  }

  private UsersViewModel users() {
    return console().window().admin().users();
  }

  private void onUsersScreen() throws Exception {
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> console().window() != null
        && console().window().replica().syncStatus().lastSuccessfulSync() != null);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console().window().shell().adminProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().show(Screen.USERS)).get();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !users().users().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void fill(FxRobot robot, String id, String text) throws Exception {
    TextInputControl t = robot.lookup("#" + id).queryAs(TextInputControl.class);
    WaitForAsyncUtils.asyncFx(() -> t.setText(text)).get();
  }

  /** The region as typed into its (editable) choice. */
  static void region(FxRobot robot, String text) throws Exception {
    javafx.scene.control.ComboBox<?> c = robot.lookup("#user-region").queryAs(javafx.scene.control.ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> c.getEditor().setText(text)).get();
  }

  static String message(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  /** Read on the FX thread, which replaces the list on every refresh. */
  private Optional<UserAccount> listed(String username) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> users().users().stream().filter(u -> u.username().equals(username))
        .findFirst()).get();
  }

  private String password() {
    return users().oneTimePasswordProperty().get();
  }

  /** Whether {@code username} can sign in with {@code password} from a fresh device. */
  private boolean signsIn(String username, String password) throws Exception {
    try (Replica r = Replicas.open(ReplicaConfig.of(java.nio.file.Files.createTempDirectory("signin").resolve("r.db"),
            console().server().url())
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30)))) {
      return r.signIn(username, password.toCharArray()).get(60, TimeUnit.SECONDS) instanceof SignInOutcome.SignedIn;
    }
  }

  private void pickRole(FxRobot robot, Role role) {
    String text = users().roleName(role);
    robot.clickOn("#user-role");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> text.equals(c.getText()))
        .<Node>query());
  }

  /** Waits for the confirmation dialog {@code id}; its question. */
  private static String asked(FxRobot robot, String id) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#" + id).queryAs(DialogPane.class).getHeaderText();
  }

  /** The user as the server holds it now. */
  private UserAccount onServer(String username) throws Exception {
    return console().window().replica().admin().users().get(30, TimeUnit.SECONDS).stream()
        .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
  }

  @Test
  void anotherAdministratorsChangesReachTheListWithoutReloading(FxRobot robot) throws Exception {
    onUsersScreen();
    String login = "wang.fang." + UUID.randomUUID().toString().substring(0, 6);
    try (Replica other = console().server().device(DemoUsers.ADMIN, "second-admin-" + prefix())) {
      UserAccount made = other.admin().createUser(new NewUser(login, "王芳 Wang Fang", Role.DISPATCHER,
          console().server().dispatcherRegion(), null, null, "Secret-pass-123456")).get(30, TimeUnit.SECONDS);
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(login).isPresent());
      other.admin().disable(made.id()).get(30, TimeUnit.SECONDS);
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> listed(login).map(UserAccount::disabled).orElse(false));
    }
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-users-others-change");
  }

  @Test
  void anAdministratorCreatesAUserHandsOverTheOneTimePasswordAndManagesTheirAccess(FxRobot robot) throws Exception {
    onUsersScreen();
    assertThat(robot.lookup("#nav-USERS").query().isVisible()).as("an administrator sees the users screen").isTrue();
    int before = users().users().size();
    // the test server has no company keystore: the administrator is told reports carry a self-signed seal
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> users().sealSelfSignedProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#adminSealNotice").queryLabeled().isVisible()).isTrue();
    assertThat(robot.lookup("#adminSealNotice").queryLabeled().getText()).contains("SHA-256")
        .doesNotContain("!admin.");

    // nothing typed: a message next to login and name, nobody created
    robot.clickOn("#userNew");
    robot.clickOn("#userSave");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "user-username-error")).isNotBlank();
    assertThat(message(robot, "user-displayName-error")).isNotBlank();
    String login = "li.wei." + UUID.randomUUID().toString().substring(0, 6);
    fill(robot, "user-username", login);
    fill(robot, "user-displayName", "李伟 Li Wei");
    pickRole(robot, Role.DISPATCHER);
    region(robot, "");
    robot.clickOn("#userSave");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "user-username-error")).isEmpty();
    assertThat(message(robot, "user-region-error")).as("a dispatcher needs a region").isNotBlank();
    console().screenshot(prefix() + "-users-new-messages");
    Thread.sleep(300);
    assertThat(users().users()).hasSize(before);
    assertThat(password()).isEmpty();

    // right: created, the one-time password shown once and good for signing in
    region(robot, console().server().dispatcherRegion());
    robot.clickOn("#userSave");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !password().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    String first = password();
    assertThat(robot.lookup("#userOneTimePassword").queryAs(TextInputControl.class).getText()).isEqualTo(first);
    assertThat(robot.lookup("#userOneTimePasswordRow").query().isVisible()).isTrue();
    assertThat(listed(login)).hasValueSatisfying(u -> {
      assertThat(u.role()).isEqualTo(Role.DISPATCHER);
      assertThat(u.region()).isEqualTo(console().server().dispatcherRegion());
      assertThat(u.disabled()).isFalse();
    });
    TableView<?> table = robot.lookup("#usersTable").queryAs(TableView.class);
    assertThat(table.getSelectionModel().getSelectedItem()).as("the new user is chosen in the list")
        .isEqualTo(listed(login).orElseThrow());
    console().screenshot(prefix() + "-users-created-password");
    assertThat(signsIn(login, first)).as("the new user signs in with the one-time password").isTrue();

    // another role: a supervisor of the same region
    pickRole(robot, Role.SUPERVISOR);
    robot.clickOn("#userSave");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed(login).map(u -> u.role() == Role.SUPERVISOR)
        .orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "userNotice")).isNotBlank();

    // disabling is asked about first, naming the user: Cancel changes nothing
    robot.clickOn("#userToggleEnabled");
    String question = asked(robot, "userConfirmDisable");
    assertThat(question).contains("李伟 Li Wei").contains(login);
    Screenshots.save(robot.lookup("#userConfirmDisable").query().getScene(), prefix() + "-users-confirm-disable");
    robot.clickOn("#userConfirmDisableCancel");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#userConfirmDisable").tryQuery().isEmpty());
    assertThat(onServer(login).disabled()).as("Cancel: still enabled on the server").isFalse();
    assertThat(listed(login).orElseThrow().disabled()).isFalse();
    assertThat(signsIn(login, first)).as("Cancel: the user still signs in").isTrue();

    // confirmed: disabled, cannot sign in; enabled again (nothing to ask)
    robot.clickOn("#userToggleEnabled");
    asked(robot, "userConfirmDisable");
    robot.clickOn("#userConfirmDisableOk");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed(login).map(UserAccount::disabled).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-users-disabled");
    assertThat(onServer(login).disabled()).isTrue();
    assertThat(signsIn(login, first)).as("a disabled user cannot sign in").isFalse();
    robot.clickOn("#userToggleEnabled");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listed(login).map(u -> !u.disabled()).orElse(false));
    assertThat(robot.lookup("#userConfirmDisable").tryQuery()).as("enabling is not asked about").isEmpty();

    // a reset is asked about first: Cancel keeps the old password working
    robot.clickOn("#userResetPassword");
    assertThat(asked(robot, "userConfirmReset")).contains("李伟 Li Wei").contains(login);
    Screenshots.save(robot.lookup("#userConfirmReset").query().getScene(), prefix() + "-users-confirm-reset");
    robot.clickOn("#userConfirmResetCancel");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#userConfirmReset").tryQuery().isEmpty());
    assertThat(password()).as("Cancel: no new password").isEqualTo(first);
    assertThat(signsIn(login, first)).as("Cancel: the old password still works").isTrue();

    // confirmed: a reset password replaces the old one
    robot.clickOn("#userResetPassword");
    asked(robot, "userConfirmReset");
    robot.clickOn("#userConfirmResetOk");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !password().isEmpty() && !password().equals(first));
    String second = password();
    assertThat(signsIn(login, second)).isTrue();
    assertThat(signsIn(login, first)).as("the old password no longer works").isFalse();

    // another user chosen: the password is not shown again
    UserAccount admin = listed(DemoUsers.ADMIN).orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(table.getItems().indexOf(admin))).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(password()).isEmpty();
    assertThat(robot.lookup("#userOneTimePasswordRow").query().isVisible()).as("the password is not shown again")
        .isFalse();

    // the server refuses an administrator disabling themselves: said on the form, nothing changed
    robot.clickOn("#userToggleEnabled");
    asked(robot, "userConfirmDisable");
    robot.clickOn("#userConfirmDisableOk");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !message(robot, "userMessage").isBlank());
    console().screenshot(prefix() + "-users-refused");
    assertThat(listed(DemoUsers.ADMIN).orElseThrow().disabled()).isFalse();
  }
}
