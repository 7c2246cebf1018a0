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

  public ShellViewModel(ConsoleContext ctx, String username, String notice) {
    this.ctx = ctx;
    this.screen = new SimpleObjectProperty<>(Screen.parse(ctx.settings().get(ConsoleSettings.SCREEN, Screen.DISPATCH.name())));
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
