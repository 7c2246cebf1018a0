package com.fieldops.desktop.shell;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.theme.ThemeMode;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The main window's state: which screen, which theme, the offline notice; remembered in settings. */
public final class ShellViewModel {
  private final ConsoleContext ctx;
  private final ObjectProperty<Screen> screen;
  private final ObjectProperty<ThemeMode> theme;
  private final StringProperty notice = new SimpleStringProperty("");
  private final StringProperty userText = new SimpleStringProperty("");
  /** An administrator is signed in: the screens only they may use are shown. */
  private final javafx.beans.property.BooleanProperty admin = new javafx.beans.property.SimpleBooleanProperty(false);

  public ShellViewModel(ConsoleContext ctx, String username, String notice) {
    this.ctx = ctx;
    Screen remembered = Screen.parse(ctx.settings().get(ConsoleSettings.SCREEN, Screen.DISPATCH.name()));
    // the role is known a moment later: an administrator's screen is not where a console starts
    this.screen = new SimpleObjectProperty<>(remembered.adminOnly() ? Screen.DISPATCH : remembered);
    this.theme = new SimpleObjectProperty<>(ThemeMode.parse(ctx.settings().get(ConsoleSettings.THEME, "LIGHT")));
    this.notice.set(notice == null ? "" : notice);
    this.userText.set(ctx.messages().text("nav.signedInAs", username));
    screen.addListener((o, a, b) -> remember(ConsoleSettings.SCREEN, b.name()));
    theme.addListener((o, a, b) -> remember(ConsoleSettings.THEME, b.name()));
  }

  private void remember(String key, String value) {
    ctx.settings().put(key, value);
    ctx.tasks().runQuietly("save settings", ctx.settings()::save);
  }

  public void toggleTheme() {
    theme.set(theme.get().toggled());
  }

  public void dismissNotice() {
    notice.set("");
  }

  public ObjectProperty<Screen> screenProperty() {
    return screen;
  }

  public javafx.beans.property.BooleanProperty adminProperty() {
    return admin;
  }

  /** Shows {@code s} unless it is an administrator's screen and no administrator is signed in. */
  public void show(Screen s) {
    if (!s.adminOnly() || admin.get()) {
      screen.set(s);
    }
  }

  public ObjectProperty<ThemeMode> themeProperty() {
    return theme;
  }

  public StringProperty noticeProperty() {
    return notice;
  }

  public StringProperty userTextProperty() {
    return userText;
  }
}
