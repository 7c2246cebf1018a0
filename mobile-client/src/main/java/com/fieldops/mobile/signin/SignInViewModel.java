package com.fieldops.mobile.signin;

import com.fieldops.client.text.Messages;
import com.fieldops.identity.model.Role;
import com.fieldops.mobile.AppContext;
import com.fieldops.mobile.PhoneSettings;
import com.fieldops.replica.Replica;
import com.fieldops.replica.SyncStatus;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.replica.sync.SignInOutcome;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in once: the first time with server, user and password; after that the phone opens the
 * remembered replica with its stored session and goes straight to Today, with or without signal.
 */
public final class SignInViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
  private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(30);

  private final AppContext ctx;
  private final Messages msg;
  private final Consumer<PhoneSession> onSignedIn;
  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final javafx.beans.property.ObjectProperty<com.fieldops.mobile.theme.TextSize> textSize =
      new javafx.beans.property.SimpleObjectProperty<>(com.fieldops.mobile.theme.TextSize.NORMAL);

  public SignInViewModel(AppContext ctx, Consumer<PhoneSession> onSignedIn) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.onSignedIn = onSignedIn;
    ctx.settings().get(PhoneSettings.SERVER).ifPresent(server::set);
    ctx.settings().get(PhoneSettings.USER).ifPresent(user::set);
  }

  public StringProperty serverProperty() {
    return server;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public ReadOnlyStringProperty serverErrorProperty() {
    return serverError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty userErrorProperty() {
    return userError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty passwordErrorProperty() {
    return passwordError.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  public void setInfo(String text) {
    info.set(text == null ? "" : text);
  }

  /** The app's text size setting; the app applies and remembers it. */
  public javafx.beans.property.ObjectProperty<com.fieldops.mobile.theme.TextSize> textSizeProperty() {
    return textSize;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /**
   * At start: if this phone holds a replica with a session for the remembered user, open it and go
   * to Today without asking (no signal needed). Returns false when the form is needed.
   */
  public boolean resumeRemembered() {
    Optional<String> url = ctx.settings().get(PhoneSettings.SERVER);
    Optional<String> name = ctx.settings().get(PhoneSettings.USER);
    if (url.isEmpty() || name.isEmpty() || !Files.isRegularFile(ctx.replicaFile(url.get(), name.get()))) {
      return false;
    }
    busy.set(true);
    ctx.tasks().run("resume session", () -> {
      Replica replica = ctx.openReplica(url.get(), name.get());
      Optional<ReplicaUser> who = replica.identity().user();
      if (who.isEmpty() || replica.syncStatus().connectivity() == SyncStatus.Connectivity.SIGNED_OUT) {
        replica.close();
        return Optional.<PhoneSession>empty();
      }
      replica.start();
      return Optional.of(session(replica, url.get(), who.get()));
    }, session -> {
      busy.set(false);
      session.ifPresent(s -> {
        LOG.info("event=signin.resumed user={}", s.username());
        onSignedIn.accept(s);
      });
    }, e -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
    return true;
  }

  public boolean validate() {
    String s = server.get() == null ? "" : server.get().trim();
    serverError.set(s.isEmpty() ? msg.text("signin.server.required")
        : !(s.startsWith("http://") || s.startsWith("https://")) ? msg.text("signin.server.invalid") : "");
    userError.set(blank(user.get()) ? msg.text("signin.user.required") : "");
    passwordError.set(blank(password.get()) ? msg.text("signin.password.required") : "");
    return serverError.get().isEmpty() && userError.get().isEmpty() && passwordError.get().isEmpty();
  }

  public void signIn() {
    if (busy.get() || !validate()) {
      return;
    }
    String url = server.get().trim().replaceFirst("/+$", "");
    String name = user.get().trim();
    char[] pw = password.get().toCharArray();
    password.set("");
    message.set("");
    busy.set(true);
    ctx.tasks().run("sign in", () -> attempt(url, name, pw), result -> {
      busy.set(false);
      if (result instanceof PhoneSession s) {
        ctx.settings().put(PhoneSettings.SERVER, url);
        ctx.settings().put(PhoneSettings.USER, name);
        ctx.tasks().runQuietly("save settings", ctx.settings()::save);
        onSignedIn.accept(s);
      } else {
        message.set((String) result);
      }
    }, e -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  /** Background thread: a {@link PhoneSession} or the readable reason why not. */
  private Object attempt(String url, String name, char[] pw) throws Exception {
    Replica replica = ctx.openReplica(url, name);
    SignInOutcome outcome;
    try {
      outcome = replica.signIn(name, pw).get(SIGN_IN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      outcome = new SignInOutcome.Failed("UNREACHABLE", e.toString());
    } finally {
      java.util.Arrays.fill(pw, '\0');
    }
    Optional<ReplicaUser> who = replica.identity().user();
    if (outcome instanceof SignInOutcome.SignedIn && who.isPresent()) {
      if (who.get().role() != Role.TECHNICIAN) {
        replica.signOut().get(10, TimeUnit.SECONDS);
        replica.close();
        return msg.text("signin.notTechnician", name);
      }
      LOG.info("event=signin.ok user={}", name);
      return session(replica, url, who.get());
    }
    String code = outcome instanceof SignInOutcome.Failed f ? f.code() : "";
    String reason = outcome instanceof SignInOutcome.Failed f ? f.message() : String.valueOf(outcome);
    if ("UNREACHABLE".equalsIgnoreCase(code)) {
      if (who.isPresent() && who.get().username().equalsIgnoreCase(name)) {
        replica.start();
        return session(replica, url, who.get());
      }
      replica.close();
      return msg.text("signin.offline.noCopy");
    }
    replica.close();
    return msg.text("signin.failed", reason);
  }

  private static PhoneSession session(Replica replica, String url, ReplicaUser who) {
    UUID technician = who.technicianId();
    return new PhoneSession(replica, url, who.username(), technician, who.displayName());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

}
