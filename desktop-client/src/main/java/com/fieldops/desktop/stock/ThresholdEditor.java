package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.FieldRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The chosen part's low-stock threshold at the place: minimum, target, save; refusals under the field. */
final class ThresholdEditor extends VBox {
  ThresholdEditor(Messages msg, ThresholdForm form) {
    super(8);
    setId("stockThreshold");
    setMinWidth(360);
    setPrefWidth(380);
    Label title = new Label();
    title.setId("stockThresholdTitle");
    title.getStyleClass().add(Styles.SECTION_TITLE);
    title.setWrapText(true);
    title.textProperty().bind(form.titleProperty());
    Label hint = new Label(msg.text("stock.threshold.hint"));
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    TextField minimum = new TextField();
    minimum.setId("stockThresholdMinimum");
    minimum.textProperty().bindBidirectional(form.minimumProperty());
    TextField target = new TextField();
    target.setId("stockThresholdTarget");
    target.textProperty().bindBidirectional(form.targetProperty());
    Button save = new Button(msg.text("stock.threshold.save"));
    save.setId("stockThresholdSave");
    save.getStyleClass().add("accent");
    save.setOnAction(e -> form.save());
    minimum.disableProperty().bind(form.editableProperty().not());
    target.disableProperty().bind(form.editableProperty().not());
    save.disableProperty().bind(form.editableProperty().not());
    GridPane grid = FieldRow.form(110, 140, 220);
    FieldRow.add(grid, 0, msg.text("stock.threshold.minimum"), minimum, form.errorProperty("minimum"),
        "stockThresholdMinimum-error");
    FieldRow.add(grid, 1, msg.text("stock.threshold.target"), target, form.errorProperty("target"),
        "stockThresholdTarget-error");
    FieldRow.add(grid, 2, "", save, null, "stockThresholdSave-error");
    Label message = new Label();
    message.setId("stockThresholdMessage");
    message.setWrapText(true);
    message.textProperty().bind(form.messageProperty());
    getChildren().addAll(title, hint, grid, message);
  }
}
