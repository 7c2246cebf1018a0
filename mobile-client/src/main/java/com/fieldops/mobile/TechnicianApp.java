package com.fieldops.mobile;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.mobile.demo.DemoSyncServer;
import com.fieldops.mobile.device.AttachDevice;
import com.fieldops.mobile.device.DeviceServices;
import com.fieldops.mobile.i18n.PhoneMessages;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.mobile.signin.SignInView;
import com.fieldops.mobile.signin.SignInViewModel;
import com.fieldops.mobile.theme.PhoneTheme;
import com.fieldops.mobile.theme.TextSize;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician app. Opens the remembered session straight into Today when the phone has one;
 * otherwise the sign-in form. On a desktop it is a phone-sized window.
 */
public class TechnicianApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(TechnicianApp.class);
  /** Phone form factor on a desktop JVM. */
  public static final double WIDTH = 390;
  public static final double HEIGHT = 844;

  private PhoneOptions options;
  private AppContext.ReplicaOpener replicaOpener = AppContext.ReplicaOpener.standard();
  private DeviceServices device;
  private AppContext ctx;
  private Stage stage;
  private Scene scene;
  private SignInViewModel signIn;
  private PhoneShell shell;
  private PhoneTheme theme = PhoneTheme.LIGHT;
  private DemoSyncServer demoServer;

  public TechnicianApp() {
  }

  /** For tests: options, a replica opener with test timings, and the device's fakes. */
  public TechnicianApp(PhoneOptions options, AppContext.ReplicaOpener replicaOpener, DeviceServices device) {
    this.options = options;
    this.replicaOpener = replicaOpener;
    this.device = device;
  }

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    if (options == null) {
      options = PhoneOptions.fromArgs(getParameters() == null ? List.of() : getParameters().getRaw());
    }
    if (device == null) {
      device = AttachDevice.services(getHostServices(), () -> Optional.ofNullable(
          new FileChooser().showOpenDialog(stage)).map(File::getAbsoluteFile), options.clock());
    }
    PhoneSettings settings = PhoneSettings.load(device.storage().privateDirectory().resolve("phone.properties"));
    Locale locale = options.locale() != null ? options.locale() : Locale.getDefault();
    theme = options.dark() ? PhoneTheme.DARK : PhoneTheme.parse(settings.get(PhoneSettings.THEME).orElse("LIGHT"));
    ctx = new AppContext(new PhoneMessages(locale), new TaskRunner(Platform::runLater), options.clock(), device, settings,
        replicaOpener);
    stage.setTitle(ctx.messages().text("app.title"));
    signIn = new SignInViewModel(ctx, this::signedIn);
    signIn.textSizeProperty().set(TextSize.parse(settings.get(PhoneSettings.TEXT_SIZE).orElse("NORMAL")));
    signIn.textSizeProperty().addListener((o, a, size) -> {
      ctx.settings().put(PhoneSettings.TEXT_SIZE, size.name());
      ctx.settings().save();
      LOG.info("event=app.textSize size={}", size);
      applyTheme();
    });
    if (options.serverUrl() != null) {
      signIn.serverProperty().set(options.serverUrl());
    }
    if (options.user() != null) {
      signIn.userProperty().set(options.user());
    }
    if (options.password() != null) {
      signIn.passwordProperty().set(options.password());
    }
    scene = new Scene(new SignInView(signIn, ctx.messages()), WIDTH, HEIGHT);
    applyTheme();
    stage.setScene(scene);
    stage.show();
    if (options.demo()) {
      startDemo();
    } else if (!signIn.resumeRemembered() && options.autoSignIn()) {
      signIn.signIn();
    }
  }

  private void startDemo() {
    signIn.busyProperty().set(true);
    signIn.setInfo(ctx.messages().text("signin.demo.waiting", DemoSyncServer.PORT));
    // the console's --demo starts the server on the same port; joined when it answers, else our own
    ctx.tasks().run("demo server", () -> options.serverUrl() != null ? null
        : DemoSyncServer.startOrJoin(java.time.Duration.ofSeconds(90)), server -> {
      demoServer = server;
      String url = server != null ? server.url() : options.serverUrl();
      signIn.busyProperty().set(false);
      signIn.serverProperty().set(url);
      signIn.userProperty().set(PhoneOptions.DEMO_USER);
      signIn.passwordProperty().set(PhoneOptions.DEMO_PASSWORD);
      signIn.setInfo(ctx.messages().text("signin.demo", url, PhoneOptions.DEMO_USER));
      signIn.signIn();
    }, e -> {
      signIn.busyProperty().set(false);
      signIn.setInfo(ctx.messages().text("signin.demo.failed", e.getMessage()));
    });
  }

  private void signedIn(PhoneSession session) {
    shell = new PhoneShell(ctx, session, this::signedOut);
    setRoot(shell);
    LOG.info("event=app.today user={}", session.username());
  }

  private void signedOut() {
    shell = null;
    setRoot(new SignInView(signIn, ctx.messages()));
  }

  private void setRoot(Parent root) {
    scene.setRoot(root);
    applyTheme();
  }

  public void setTheme(PhoneTheme t) {
    theme = t;
    ctx.settings().put(PhoneSettings.THEME, t.name());
    applyTheme();
  }

  private void applyTheme() {
    // the phone's own text size setting times the app's
    theme.apply(scene, "zh".equals(ctx.messages().locale().getLanguage()),
        ctx.device().display().textScale() * signIn.textSizeProperty().get().factor());
  }

  public AppContext context() {
    return ctx;
  }

  public PhoneShell shell() {
    return shell;
  }

  public SignInViewModel signInViewModel() {
    return signIn;
  }

  public Scene scene() {
    return scene;
  }

  @Override
  public void stop() {
    if (shell != null) {
      shell.close();
    }
    if (ctx != null) {
      ctx.settings().save();
      ctx.tasks().close();
    }
    if (demoServer != null) {
      demoServer.close();
    }
    LOG.info("event=app.stopped");
  }
}
