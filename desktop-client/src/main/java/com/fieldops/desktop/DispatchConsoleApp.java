package com.fieldops.desktop;

import com.fieldops.desktop.demo.DemoServer;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.settings.ConsoleSettings.WindowBounds;
import com.fieldops.desktop.signin.SignInView;
import com.fieldops.desktop.signin.SignInViewModel;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.desktop.theme.ThemeMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch console. Starts at the sign-in screen; after sign-in the main window (navigation,
 * screens, sync status bar) replaces it in the same stage. Remembers window size and position.
 */
public class DispatchConsoleApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(DispatchConsoleApp.class);

  private ConsoleOptions options;
  private ConsoleContext.ReplicaOpener replicaOpener = ConsoleContext.ReplicaOpener.standard();
  private ConsoleContext ctx;
  private Stage stage;
  private Scene scene;
  private ConsoleWindow window;
  private SignInViewModel signIn;
  private DemoServer demoServer;

  public DispatchConsoleApp() {
  }

  /** For tests: options with temporary directories, an injected clock, a server URL. */
  public DispatchConsoleApp(ConsoleOptions options, ConsoleContext.ReplicaOpener replicaOpener) {
    this.options = options;
    this.replicaOpener = replicaOpener;
  }

  @Override
  public void start(Stage stage) {
    this.stage = stage;
    if (options == null) {
      options = ConsoleOptions.fromArgs(getParameters() == null ? java.util.List.of() : getParameters().getRaw());
    }
    ConsoleSettings settings = ConsoleSettings.load(options.settingsFile());
    Locale locale = options.locale() != null ? options.locale()
        : Messages.chooseLocale(settings.get(ConsoleSettings.LOCALE, null));
    Messages msg = new Messages(locale);
    ctx = new ConsoleContext(msg, new TaskRunner(Platform::runLater), settings, options.clock(),
        options.replicaDirectory(), replicaOpener);
    stage.setTitle(msg.text("app.title"));
    stage.setMinWidth(960);
    stage.setMinHeight(640);
    WindowBounds b = settings.window().filter(WindowBounds::usable).orElse(null);
    if (b != null) {
      stage.setX(b.x());
      stage.setY(b.y());
      stage.setWidth(b.width());
      stage.setHeight(b.height());
      stage.setMaximized(b.maximized());
    } else {
      javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
      stage.setWidth(Math.min(1440, screen.getWidth()));
      stage.setHeight(Math.min(900, screen.getHeight()));
    }
    signIn = new SignInViewModel(ctx, session -> {
      window = new ConsoleWindow(ctx, session, this::signedOut);
      setRoot(window.root());
      window.installShortcuts(scene);
      window.shell().themeProperty().addListener((o, oldMode, newMode) -> applyTheme());
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
    scene = new Scene(new SignInView(signIn, msg));
    applyTheme();
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        () -> {
          if (window != null) {
            window.shell().toggleTheme();
          }
        });
    stage.setScene(scene);
    stage.setOnCloseRequest(e -> rememberWindow());
    stage.show();
    if (options.demo()) {
      startDemoServer();
    } else if (options.autoSignIn()) {
      signIn.signIn();
    }
  }

  private void startDemoServer() {
    Path work;
    try {
      work = Files.createTempDirectory("fieldops-demo-");
    } catch (java.io.IOException e) {
      signIn.setInfo(ctx.messages().text("signin.demo.failed", e.getMessage()));
      return;
    }
    signIn.busyProperty().set(true);
    ctx.tasks().run("start demo server", () -> {
      Path jar = DemoServer.findJar().orElseThrow(() -> new java.io.IOException(
          "sync-server/target/" + "sync-server-0.1.0-SNAPSHOT-all.jar not found; run mvn install first"));
      return DemoServer.start(jar, work, Duration.ofSeconds(60));
    }, server -> {
      demoServer = server;
      signIn.busyProperty().set(false);
      signIn.serverProperty().set(server.url());
      signIn.userProperty().set(ConsoleOptions.DEMO_USER);
      signIn.passwordProperty().set(ConsoleOptions.DEMO_PASSWORD);
      signIn.setInfo(ctx.messages().text("signin.demo", server.url()));
    }, e -> {
      signIn.busyProperty().set(false);
      signIn.setInfo(ctx.messages().text("signin.demo.failed", e.getMessage()));
    });
  }

  private void signedOut() {
    window = null;
    setRoot(new SignInView(signIn, ctx.messages()));
  }

  private void setRoot(javafx.scene.Parent root) {
    scene.setRoot(root);
    applyTheme();
  }

  void applyTheme() {
    ThemeMode mode = window != null ? window.shell().themeProperty().get()
        : ThemeMode.parse(ctx.settings().get(ConsoleSettings.THEME, "LIGHT"));
    mode.apply(scene);
    scene.getRoot().getStyleClass().remove("zh");
    if ("zh".equals(ctx.locale().getLanguage())) {
      scene.getRoot().getStyleClass().add("zh");
    }
  }

  private void rememberWindow() {
    if (!stage.isMaximized() && !stage.isIconified()) {
      ctx.settings().window(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
    } else {
      ctx.settings().get("window.x").ifPresent(x -> ctx.settings().put("window.maximized", "true"));
    }
    if (window != null) {
      window.rememberLayout();
    }
  }

  public ConsoleContext context() {
    return ctx;
  }

  public ConsoleWindow window() {
    return window;
  }

  public SignInViewModel signInViewModel() {
    return signIn;
  }

  public Scene scene() {
    return scene;
  }

  @Override
  public void stop() {
    if (stage != null) {
      rememberWindow();
    }
    if (ctx != null) {
      ctx.settings().save();
    }
    if (window != null) {
      window.close();
    }
    if (ctx != null) {
      ctx.tasks().close();
    }
    if (demoServer != null) {
      demoServer.close();
    }
    LOG.info("Console stopped");
  }
}
