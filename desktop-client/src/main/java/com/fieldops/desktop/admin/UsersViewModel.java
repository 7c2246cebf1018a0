package com.fieldops.desktop.admin;

import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.admin.UserRoleChange;
import com.fieldops.identity.model.Role;
import com.fieldops.replica.Replica;
import com.fieldops.replica.sync.AdminApi;
import com.fieldops.replica.view.TechnicianRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's users screen: every user (name, login, role, region, enabled), a new user,
 * another role or region, disabling and enabling, a new password. Users are not synced records:
 * each action is a call to the server's admin API, off the UI thread. The rules (login name, what a
 * role needs) are the shared model's, checked here before sending and by the server again; a
 * message goes next to its field. A password the console makes (for a new user or a reset) is shown
 * once, for the administrator to hand over, and is gone when another user is chosen.
 *
 * <p>The list stays current: it is read again after each action here, and every few seconds while
 * the screen is shown (another administrator's change goes through the server's admin API, not
 * through sync, so the replica hears nothing of it). Only the newest read sets the list. Disabling
 * a user and resetting a password are asked about first ({@link #confirmToggle}, {@link #confirmReset}).
 */
public final class UsersViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(UsersViewModel.class);
  /** How often the shown list is read again (another administrator's changes). */
  static final javafx.util.Duration POLL = javafx.util.Duration.seconds(5);
  static final List<String> FIELDS = List.of("username", "displayName", "role", "region", "technicianId", "password");

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ObservableList<UserAccount> users = FXCollections.observableArrayList();
  private final ObservableList<TechnicianRow> technicians = FXCollections.observableArrayList();
  private final ObservableList<String> regions = FXCollections.observableArrayList();
  private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
  private final BooleanProperty creating = new SimpleBooleanProperty(false);
  private final StringProperty username = new SimpleStringProperty("");
  private final StringProperty displayName = new SimpleStringProperty("");
  private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
  private final StringProperty region = new SimpleStringProperty("");
  private final ObjectProperty<UUID> technicianId = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final StringProperty oneTimePassword = new SimpleStringProperty("");
  /** How reports are sealed: a self-signed certificate is said plainly, for the administrator to replace. */
  private final StringProperty seal = new SimpleStringProperty("");
  private final BooleanProperty sealSelfSigned = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final FieldErrors errors = new FieldErrors(FIELDS, message);
  /** Made on the first showing, on the UI thread (an animation needs the running toolkit). */
  private javafx.animation.Timeline poll;
  private long generation;
  private volatile boolean sealKnown;

  /** What the administrator is asked before an action that locks someone out: Cancel changes nothing. */
  public record Confirmation(String title, String question, String detail, String confirm) {}

  public UsersViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    // only a technician's account names a technician record
    role.addListener((o, a, b) -> {
      if (b != Role.TECHNICIAN) {
        technicianId.set(null);
      }
    });
    selected.addListener((o, a, b) -> {
      // the password belongs to the user it was made for: it is not shown again
      oneTimePassword.set("");
      notice.set("");
      errors.clear();
      if (b != null) {
        creating.set(false);
        fill(b);
      }
    });
  }

  /** The roles an administrator gives here (customer accounts come with the customer's page). */
  public static List<Role> roles() {
    return Arrays.stream(Role.values()).filter(r -> r != Role.CUSTOMER).toList();
  }

  private void fill(UserAccount u) {
    username.set(u.username());
    displayName.set(u.displayName());
    role.set(u.role());
    region.set(u.region() == null ? "" : u.region());
    technicianId.set(u.technicianId());
  }

  /** Reads the users from the server and the technicians from the replica; only the newest read sets the list. */
  public void load() {
    AdminApi api = replica.admin();
    if (api == null) {
      message.set(msg.text("admin.error.unreachable"));
      return;
    }
    long gen = ++generation;
    ctx.tasks().run("load users", () -> {
      List<UserAccount> all = ServerCalls.await(api.users());
      return new Loaded(all, replica.identity().technicians());
    }, loaded -> {
      if (gen != generation) {
        return;
      }
      List<UserAccount> sorted = new ArrayList<>(loaded.users());
      sorted.sort(Comparator.comparing(UserAccount::displayName, msg.nameOrder()));
      UUID keep = selected.get() == null ? null : selected.get().id();
      users.setAll(sorted);
      technicians.setAll(loaded.technicians());
      TreeSet<String> known = new TreeSet<>();
      loaded.users().stream().map(UserAccount::region).filter(r -> r != null && !r.isBlank()).forEach(known::add);
      loaded.technicians().stream().map(t -> t.technician().region()).filter(r -> r != null && !r.isBlank())
          .forEach(known::add);
      regions.setAll(known);
      if (keep != null) {
        sorted.stream().filter(u -> u.id().equals(keep)).findFirst().ifPresent(this::replaceSelected);
      }
      LOG.debug("event=admin.users.loaded count={}", sorted.size());
    }, e -> {
      if (gen == generation) {
        message.set(ServerCalls.message(msg, e));
      }
    });
  }

  /** Reads the list every few seconds while the screen is shown ({@code shown}), and once at once. */
  public void watch(boolean shown) {
    if (shown) {
      load();
      if (poll == null) {
        poll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(POLL, e -> {
          if (!busy.get()) {
            load();
            if (!sealKnown) {
              // the server was not reachable when the screen opened: ask again rather than keep the error
              loadSeal();
            }
          }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
      }
      poll.play();
    } else if (poll != null) {
      poll.stop();
    }
  }

  /** Stops reading the list (the console closes). */
  public void close() {
    if (poll != null) {
      poll.stop();
    }
  }

  /** The question before disabling the chosen user; empty when the action enables them (nothing to fear). */
  public java.util.Optional<Confirmation> confirmToggle() {
    UserAccount u = selected.get();
    if (u == null || u.disabled()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Confirmation(msg.text("admin.users.confirmDisable.title"),
        msg.text("admin.users.confirmDisable.question", u.displayName(), u.username()),
        msg.text("admin.users.confirmDisable.detail"), msg.text("admin.users.disable")));
  }

  /** The question before giving the chosen user a new password. */
  public java.util.Optional<Confirmation> confirmReset() {
    UserAccount u = selected.get();
    if (u == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Confirmation(msg.text("admin.users.confirmReset.title"),
        msg.text("admin.users.confirmReset.question", u.displayName(), u.username()),
        msg.text("admin.users.confirmReset.detail"), msg.text("admin.users.resetPassword")));
  }

  private record Loaded(List<UserAccount> users, List<TechnicianRow> technicians) {}

  /** Reads which certificate seals the service reports; a self-signed one is flagged. */
  public void loadSeal() {
    AdminApi api = replica.admin();
    if (api == null) {
      return;
    }
    ctx.tasks().run("load report seal", () -> ServerCalls.await(api.reportSeal()), c -> {
      String fingerprint = c.sha256().length() > 16 ? c.sha256().substring(0, 16) : c.sha256();
      sealKnown = true;
      sealSelfSigned.set(c.selfSigned());
      seal.set(msg.text(c.selfSigned() ? "admin.seal.selfSigned" : "admin.seal.company", c.subject(), fingerprint));
      LOG.info("event=admin.seal.shown selfSigned={}", c.selfSigned());
    }, e -> seal.set(ServerCalls.message(msg, e)));
  }

  public StringProperty sealProperty() {
    return seal;
  }

  public BooleanProperty sealSelfSignedProperty() {
    return sealSelfSigned;
  }

  /** An empty form for a new user. */
  public void startNew() {
    selected.set(null);
    creating.set(true);
    username.set("");
    displayName.set("");
    role.set(Role.DISPATCHER);
    region.set("");
    technicianId.set(null);
    errors.clear();
    notice.set("");
    oneTimePassword.set("");
  }

  private String regionOrNull() {
    String r = region.get();
    return r == null || r.isBlank() ? null : r.strip();
  }

  private String usernameOrNull() {
    String u = username.get();
    return u == null || u.isBlank() ? null : u.strip();
  }

  /**
   * Creates the new user (with a one-time password shown afterwards) or records the chosen user's
   * role, region and technician. Nothing is sent while a field is wrong.
   */
  public void save() {
    if (busy.get()) {
      return;
    }
    errors.clear();
    notice.set("");
    AdminApi api = replica.admin();
    if (creating.get()) {
      String password = OneTimePasswords.next();
      NewUser n = new NewUser(usernameOrNull(), blankToNull(displayName.get()), role.get(), regionOrNull(),
          technicianId.get(), null, password);
      if (!shownViolations(n)) {
        call("create user", () -> ServerCalls.await(api.createUser(n)), created -> {
          LOG.info("event=admin.user.created user={} role={}", created.username(), created.role());
          users.add(created);
          replaceSelected(created);
          showPassword(password, "admin.users.created", created);
        });
      }
    } else if (selected.get() != null) {
      UserAccount u = selected.get();
      UserRoleChange change = new UserRoleChange(role.get(), regionOrNull(), technicianId.get(), u.language());
      if (!shownViolations(change)) {
        call("change role", () -> ServerCalls.await(api.changeRole(u.id(), change)), changed -> {
          LOG.info("event=admin.user.roleChanged user={} role={} region={}", changed.username(), changed.role(),
              changed.region());
          replace(changed);
          notice.set(msg.text("admin.users.saved", changed.displayName()));
        });
      }
    }
  }

  /** Disables the chosen user (their sessions end at once) or enables them again. */
  public void toggleEnabled() {
    UserAccount u = selected.get();
    if (u == null || busy.get()) {
      return;
    }
    errors.clear();
    notice.set("");
    AdminApi api = replica.admin();
    call(u.disabled() ? "enable user" : "disable user",
        () -> ServerCalls.await(u.disabled() ? api.enable(u.id()) : api.disable(u.id())), changed -> {
          LOG.info("event=admin.user.{} user={}", changed.disabled() ? "disabled" : "enabled", changed.username());
          replace(changed);
          notice.set(msg.text(changed.disabled() ? "admin.users.disabledNow" : "admin.users.enabledNow",
              changed.displayName()));
        });
  }

  /** Gives the chosen user a new one-time password, shown once; their sessions end. */
  public void resetPassword() {
    UserAccount u = selected.get();
    if (u == null || busy.get()) {
      return;
    }
    errors.clear();
    notice.set("");
    String password = OneTimePasswords.next();
    AdminApi api = replica.admin();
    call("reset password", () -> {
      ServerCalls.await(api.resetPassword(u.id(), password));
      return u;
    }, done -> {
      LOG.info("event=admin.user.passwordReset user={}", done.username());
      showPassword(password, "admin.users.passwordReset", done);
    });
  }

  private void showPassword(String password, String noticeKey, UserAccount u) {
    oneTimePassword.set(password);
    notice.set(msg.text(noticeKey, u.displayName(), u.username()));
  }

  private boolean shownViolations(Object request) {
    List<Violation> found = Validators.validate(request, ctx.locale());
    errors.show(found);
    return !found.isEmpty();
  }

  private <T> void call(String what, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
    if (replica.admin() == null) {
      message.set(msg.text("admin.error.unreachable"));
      return;
    }
    busy.set(true);
    ctx.tasks().run(what, work, r -> {
      busy.set(false);
      done.accept(r);
      // what the server now holds (another administrator may have changed others meanwhile)
      load();
    }, e -> {
      busy.set(false);
      load();
      if (e instanceof AdminApi.AdminApiException refused) {
        LOG.info("event=admin.user.refused action=\"{}\" code={} field={}", what, refused.code(), refused.field());
        errors.show(List.of(new Violation(refused.field(), ServerCalls.message(msg, e))));
      } else {
        message.set(ServerCalls.message(msg, e));
      }
    });
  }

  private void replace(UserAccount changed) {
    for (int i = 0; i < users.size(); i++) {
      if (users.get(i).id().equals(changed.id())) {
        users.set(i, changed);
      }
    }
    replaceSelected(changed);
  }

  /** Selects {@code u} without taking away the one-time password just shown for them. */
  private void replaceSelected(UserAccount u) {
    String password = oneTimePassword.get();
    String shown = notice.get();
    selected.set(u);
    if (selected.get() != null && selected.get().id().equals(u.id())) {
      oneTimePassword.set(password);
      notice.set(shown);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The technician's name for the list and the choice. */
  public String technicianName(UUID id) {
    return technicians.stream().filter(t -> t.technician().id().equals(id)).map(t -> t.technician().name())
        .findFirst().orElse("");
  }

  public String roleName(Role r) {
    return r == null ? "" : msg.text("admin.role." + r.name());
  }

  public ObservableList<UserAccount> users() {
    return users;
  }

  public ObservableList<TechnicianRow> technicians() {
    return technicians;
  }

  public ObservableList<String> regions() {
    return regions;
  }

  public ObjectProperty<UserAccount> selectedProperty() {
    return selected;
  }

  public BooleanProperty creatingProperty() {
    return creating;
  }

  public StringProperty usernameProperty() {
    return username;
  }

  public StringProperty displayNameProperty() {
    return displayName;
  }

  public ObjectProperty<Role> roleProperty() {
    return role;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public ObjectProperty<UUID> technicianIdProperty() {
    return technicianId;
  }

  /** The message next to {@code field} ("" when none). */
  public StringProperty error(String field) {
    return errors.of(field);
  }

  public StringProperty messageProperty() {
    return message;
  }

  /** What just happened ("Saved", "Disabled", the one-time password's explanation). */
  public StringProperty noticeProperty() {
    return notice;
  }

  /** The password just made, "" once another user is chosen. */
  public StringProperty oneTimePasswordProperty() {
    return oneTimePassword;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public Messages messages() {
    return msg;
  }
}
