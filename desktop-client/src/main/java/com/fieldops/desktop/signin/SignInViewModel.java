package com.fieldops.desktop.signin;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.replica.Replica;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.SyncStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in: server address, user and password, with a message next to each field. Remembers the
 * server and the user. When the server cannot be reached but this computer already holds the
 * user's replica, the console opens offline and says so.
 */
public final class SignInViewModel {
  private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(20);

  /** What the shell needs after a sign-in: the replica and, if offline, the notice to show. */
  public record Session(Replica replica, String serverUrl, String username, boolean offline, String notice) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Consumer<Session> onSignedIn;

  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper serverError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public SignInViewModel(ConsoleContext ctx, Consumer<Session> onSignedIn) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.onSignedIn = onSignedIn;
    server.set(ctx.settings().get(ConsoleSettings.SERVER, ""));
    user.set(ctx.settings().get(ConsoleSettings.USER, ""));
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

  /** Why the last attempt failed, for a person. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** A neutral note above the form (e.g. the demo server is running). */
  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  public void setInfo(String text) {
    info.set(text == null ? "" : text);
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** Checks the fields; true if all are fine. Each field's message is set or cleared. */
  public boolean validate() {
    String s = server.get() == null ? "" : server.get().trim();
    serverError.set(s.isEmpty() ? msg.text("signin.server.required")
        : !(s.startsWith("http://") || s.startsWith("https://")) ? msg.text("signin.server.invalid") : "");
    userError.set(blank(user.get()) ? msg.text("signin.user.required") : "");
    passwordError.set(blank(password.get()) ? msg.text("signin.password.required") : "");
    return serverError.get().isEmpty() && userError.get().isEmpty() && passwordError.get().isEmpty();
  }

  /** Signs in off the UI thread; on success hands the session to the shell. */
  public void signIn() {
    if (busy.get() || !validate()) {
      return;
    }
    String url = stripSlash(server.get().trim());
    String name = user.get().trim();
    char[] pw = password.get().toCharArray();
    password.set("");
    message.set("");
    busy.set(true);
    ctx.settings().put(ConsoleSettings.SERVER, url);
    ctx.settings().put(ConsoleSettings.USER, name);
    ctx.tasks().runQuietly("save settings", ctx.settings()::save);
    ctx.tasks().run("sign in", () -> attempt(url, name, pw), result -> {
      busy.set(false);
      if (result instanceof Attempt.Ok ok) {
        onSignedIn.accept(ok.session());
      } else if (result instanceof Attempt.Failed failed) {
        message.set(failed.message());
      }
    }, error -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", error.getClass().getSimpleName()));
    });
  }

  private sealed interface Attempt {
    record Ok(Session session) implements Attempt {}

    record Failed(String message) implements Attempt {}
  }

  /** Runs on a background thread. */
  private Attempt attempt(String url, String name, char[] pw) throws Exception {
    Replica replica = ctx.openReplica(url, name);
    SignInOutcome outcome;
    try {
      outcome = replica.signIn(name, pw).get(SIGN_IN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      outcome = new SignInOutcome.Failed("UNREACHABLE", e.toString());
    } finally {
      java.util.Arrays.fill(pw, '\0');
    }
    if (outcome instanceof SignInOutcome.SignedIn) {
      return new Attempt.Ok(new Session(replica, url, name, false, ""));
    }
    SignInOutcome.Failed failed = (SignInOutcome.Failed) outcome;
    if (isUnreachable(failed.code())) {
      boolean hasCopy = replica.identity().user().map(u -> u.username().equalsIgnoreCase(name)).orElse(false);
      if (hasCopy) {
        replica.start();
        String last = lastSync(replica.syncStatus());
        return new Attempt.Ok(new Session(replica, url, name, true, msg.text("signin.offline.started", url, last)));
      }
      replica.close();
      return new Attempt.Failed(msg.text("signin.offline.noCopy", url));
    }
    replica.close();
    return new Attempt.Failed(msg.text("signin.failed", failed.message()));
  }

  /** The replica's code for "no answer from the server" (as opposed to an answer that says no). */
  static boolean isUnreachable(String code) {
    if (code == null) {
      return false;
    }
    return "UNREACHABLE".equals(code.toUpperCase(Locale.ROOT));
  }

  private String lastSync(SyncStatus status) {
    if (status == null || status.lastSuccessfulSync() == null) {
      return msg.text("signin.never");
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale())
        .withZone(ZoneId.systemDefault()).format(status.lastSuccessfulSync());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
