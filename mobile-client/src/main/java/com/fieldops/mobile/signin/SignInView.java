package com.fieldops.mobile.signin;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The sign-in form, needed once per phone and user. */
public final class SignInView extends ScrollPane {
  public SignInView(SignInViewModel vm, Messages msg) {
    setId("signInView");
    setFitToWidth(true);
    TextField server = new TextField();
    server.setId("server");
    server.textProperty().bindBidirectional(vm.serverProperty());
    TextField user = new TextField();
    user.setId("user");
    user.textProperty().bindBidirectional(vm.userProperty());
    PasswordField password = new PasswordField();
    password.setId("password");
    password.textProperty().bindBidirectional(vm.passwordProperty());
    password.setOnAction(e -> vm.signIn());
    Button submit = Ui.bigButton(msg.text("signin.submit"), "mdi2l-login", vm::signIn);
    submit.setId("signIn");
    submit.disableProperty().bind(vm.busyProperty());
    VBox box = new VBox(8,
        Ui.text(msg.text("app.title"), "title"),
        Ui.note(vm.infoProperty(), "info"),
        Ui.text(msg.text("signin.server")), server, Ui.fieldMessage(vm.serverErrorProperty()),
        Ui.text(msg.text("signin.user")), user, Ui.fieldMessage(vm.userErrorProperty()),
        Ui.text(msg.text("signin.password")), password, Ui.fieldMessage(vm.passwordErrorProperty()),
        submit,
        Ui.fieldMessage(vm.messageProperty()),
        Ui.text(msg.text("settings.textSize"), "section-title"), textSizes(vm, msg));
    box.getStyleClass().add("screen");
    setContent(box);
  }

  /** Three big toggles, each label drawn at the size it gives, so the choice shows itself. */
  private static VBox textSizes(SignInViewModel vm, Messages msg) {
    javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
    VBox row = new VBox(8); // one under the other: the largest label needs the whole width
    for (com.fieldops.mobile.theme.TextSize size : com.fieldops.mobile.theme.TextSize.values()) {
      javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(
          msg.text("settings.textSize." + size.name()));
      b.setId("textSize-" + size.name());
      b.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;", size.factor()));
      b.setToggleGroup(group);
      b.setSelected(vm.textSizeProperty().get() == size);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setWrapText(true);
      b.setOnAction(e -> {
        b.setSelected(true); // one is always chosen
        vm.textSizeProperty().set(size);
      });
      row.getChildren().add(b);
    }
    return row;
  }
}
