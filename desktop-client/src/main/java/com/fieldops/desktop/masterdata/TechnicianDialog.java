package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import java.time.DayOfWeek;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** An administrator's form for a technician: the plain fields, skills with levels, weekly hours. */
public final class TechnicianDialog extends Dialog<Boolean> {

  private TechnicianDialog(Window owner, TechnicianForm form) {
    Messages msg = form.messages();
    initOwner(owner);
    setTitle(msg.text("masterdata.technician.edit"));
    setHeaderText(msg.text("masterdata.technician.edit"));
    setResizable(true);
    getDialogPane().setId("technicianForm");
    getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
    getDialogPane().getStyleClass().add(Styles.CONSOLE);

    GridPane plain = MasterDataDialog.grid(form);

    Label skillsTitle = new Label(msg.text("masterdata.technician.skills"));
    skillsTitle.getStyleClass().add(Styles.SECTION_TITLE);
    Label skillsHint = new Label(msg.text("masterdata.technician.skills.hint"));
    skillsHint.getStyleClass().add(Styles.MUTED);
    skillsHint.setWrapText(true);
    VBox skillRows = new VBox(6);
    skillRows.setId("technicianSkills");
    Runnable fill = () -> {
      skillRows.getChildren().clear();
      int i = 0;
      for (TechnicianForm.SkillEntry s : form.skills()) {
        TextField code = new TextField();
        code.setId("skill-code-" + i);
        code.setPromptText("HVAC");
        code.textProperty().bindBidirectional(s.codeProperty());
        HBox.setHgrow(code, Priority.ALWAYS);
        Spinner<Integer> level = new Spinner<>(1, 5, s.levelProperty().get());
        level.setId("skill-level-" + i);
        level.setPrefWidth(90);
        level.valueProperty().addListener((o, a, b) -> s.levelProperty().set(b == null ? 1 : b));
        Label levelLabel = new Label(msg.text("masterdata.technician.level"));
        levelLabel.setMinWidth(Region.USE_PREF_SIZE);
        Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        remove.setId("skill-remove-" + i);
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setOnAction(e -> form.removeSkill(s));
        HBox row = new HBox(8, code, levelLabel, level, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        skillRows.getChildren().add(row);
        i++;
      }
    };
    form.skills().addListener((ListChangeListener<TechnicianForm.SkillEntry>) c -> fill.run());
    fill.run();
    Button addSkill = new Button(msg.text("masterdata.technician.addSkill"), new FontIcon(MaterialDesignP.PLUS));
    addSkill.setId("skillAdd");
    addSkill.getStyleClass().addAll("flat", "small");
    addSkill.setOnAction(e -> form.addSkill());
    Label skillsError = errorLabel(form, "skills", "technician-skills-error");

    Label hoursTitle = new Label(msg.text("masterdata.technician.hours"));
    hoursTitle.getStyleClass().add(Styles.SECTION_TITLE);
    Label hoursHint = new Label(msg.text("masterdata.technician.hours.hint"));
    hoursHint.getStyleClass().add(Styles.MUTED);
    hoursHint.setWrapText(true);
    GridPane hours = new GridPane();
    hours.setHgap(12);
    hours.setVgap(6);
    int r = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      Label day = new Label(form.dayName(d));
      day.setMinWidth(Region.USE_PREF_SIZE);
      TextField t = new TextField();
      t.setId("hours-" + d.name());
      t.setPromptText(msg.text("masterdata.technician.hours.off"));
      t.textProperty().bindBidirectional(form.hours(d));
      GridPane.setHgrow(t, Priority.ALWAYS);
      hours.add(day, 0, r);
      hours.add(t, 1, r++);
    }
    hours.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(150), new javafx.scene.layout.ColumnConstraints());
    hours.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
    Label hoursError = errorLabel(form, "weeklyHours", "technician-weeklyHours-error");
    Label message = new Label();
    message.setId("technician-message");
    message.getStyleClass().add(Styles.FIELD_ERROR);
    message.setWrapText(true);
    message.textProperty().bind(form.messageProperty());

    VBox content = new VBox(10, plain, skillsTitle, skillsHint, skillRows, addSkill, skillsError, hoursTitle, hoursHint, hours,
        hoursError, message);
    content.setPadding(new Insets(12, 14, 4, 14));
    content.setPrefWidth(600);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setPrefViewportHeight(640);
    getDialogPane().setContent(scroll);

    ButtonType saveType = new ButtonType(msg.text("common.save"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().setAll(saveType, new ButtonType(msg.text("common.cancel"),
        ButtonBar.ButtonData.CANCEL_CLOSE));
    Button save = (Button) getDialogPane().lookupButton(saveType);
    save.setId("technicianForm-save");
    save.getStyleClass().add("accent");
    save.disableProperty().bind(form.busyProperty());
    save.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      form.save(id -> {
        setResult(Boolean.TRUE);
        close();
      });
    });
    setResultConverter(b -> null);
  }

  private static Label errorLabel(TechnicianForm form, String field, String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(Styles.FIELD_ERROR);
    l.setWrapText(true);
    l.textProperty().bind(form.error(field));
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  /** Opens the form; {@code saved} runs once the technician is recorded. */
  public static void open(Window owner, TechnicianForm form, Runnable saved) {
    TechnicianDialog d = new TechnicianDialog(owner, form);
    d.setOnHidden(e -> {
      if (Boolean.TRUE.equals(d.getResult())) {
        saved.run();
      }
    });
    d.show();
  }
}
