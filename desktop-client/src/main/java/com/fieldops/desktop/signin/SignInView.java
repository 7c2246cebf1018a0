package com.fieldops.desktop.signin;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The sign-in card, centred in the window. Builds controls and binds; the view model decides. */
public final class SignInView extends StackPane {

  public SignInView(SignInViewModel vm, Messages msg) {
    setId("signInView");
    FontIcon logo = new FontIcon(MaterialDesignT.TRUCK_FAST_OUTLINE);
    logo.setIconSize(40);
    logo.getStyleClass().add("fo-logo");
    Label title = new Label(msg.text("app.name"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Label subtitle = new Label(msg.text("signin.subtitle"));
    subtitle.getStyleClass().add(Styles.MUTED);
    VBox heading = new VBox(2, title, subtitle);
    HBox header = new HBox(12, logo, heading);
    header.setAlignment(Pos.CENTER_LEFT);

    Label info = new Label();
    info.setId("signInInfo");
    info.setWrapText(true);
    info.setGraphic(new FontIcon(MaterialDesignI.INFORMATION_OUTLINE));
    info.getStyleClass().add(Styles.BANNER);
    info.setMaxWidth(Double.MAX_VALUE);
    info.textProperty().bind(vm.infoProperty());
    info.visibleProperty().bind(vm.infoProperty().isNotEmpty());
    info.managedProperty().bind(info.visibleProperty());

    TextField server = new TextField();
    server.setId("signInServer");
    server.setPromptText(msg.text("signin.server.prompt"));
    server.textProperty().bindBidirectional(vm.serverProperty());
    TextField user = new TextField();
    user.setId("signInUser");
    user.textProperty().bindBidirectional(vm.userProperty());
    PasswordField password = new PasswordField();
    password.setId("signInPassword");
    password.textProperty().bindBidirectional(vm.passwordProperty());

    Label failure = new Label();
    failure.setId("signInMessage");
    failure.setWrapText(true);
    failure.getStyleClass().add(Styles.FIELD_ERROR);
    failure.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
    failure.textProperty().bind(vm.messageProperty());
    failure.visibleProperty().bind(vm.messageProperty().isNotEmpty());
    failure.managedProperty().bind(failure.visibleProperty());
    failure.setMaxWidth(Double.MAX_VALUE);

    Button submit = new Button(msg.text("signin.submit"));
    submit.setId("signInSubmit");
    submit.setDefaultButton(true);
    submit.getStyleClass().add("accent");
    submit.setMaxWidth(Double.MAX_VALUE);
    submit.disableProperty().bind(vm.busyProperty());
    submit.textProperty().bind(Bindings.when(vm.busyProperty())
        .then(msg.text("signin.busy")).otherwise(msg.text("signin.submit")));
    submit.setOnAction(e -> vm.signIn());
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner.visibleProperty().bind(vm.busyProperty());
    submit.setGraphic(spinner);

    VBox card = new VBox(6,
        header, spacer(8), info,
        field(msg.text("signin.server"), server, vm.serverErrorProperty(), "signInServerError"),
        field(msg.text("signin.user"), user, vm.userErrorProperty(), "signInUserError"),
        field(msg.text("signin.password"), password, vm.passwordErrorProperty(), "signInPasswordError"),
        spacer(4), failure, submit);
    card.getStyleClass().add(Styles.CARD);
    card.setPadding(new Insets(28, 32, 28, 32));
    card.setMaxSize(460, USE_PREF_SIZE);
    card.setPrefWidth(460);
    getChildren().add(card);
    setAlignment(Pos.CENTER);
    getStyleClass().add("fo-signin-background");
    (vm.userProperty().get().isBlank() ? user : password).requestFocus();
    sceneProperty().addListener((o, a, s) -> {
      if (s != null) {
        (server.getText().isBlank() ? server : user.getText().isBlank() ? user : password).requestFocus();
      }
    });
  }

  private static VBox field(String label, Control input, ReadOnlyStringProperty error, String errorId) {
    Label l = new Label(label);
    l.setLabelFor(input);
    Label e = new Label();
    e.setId(errorId);
    e.getStyleClass().add(Styles.FIELD_ERROR);
    e.textProperty().bind(error);
    e.visibleProperty().bind(error.isNotEmpty());
    e.managedProperty().bind(e.visibleProperty());
    error.addListener((o, a, b) -> {
      input.getStyleClass().remove(Styles.INVALID);
      if (b != null && !b.isEmpty()) {
        input.getStyleClass().add(Styles.INVALID);
      }
    });
    input.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, l, input, e);
    box.setPadding(new Insets(4, 0, 4, 0));
    return box;
  }

  private static javafx.scene.layout.Region spacer(double h) {
    javafx.scene.layout.Region r = new javafx.scene.layout.Region();
    r.setMinHeight(h);
    return r;
  }
}
