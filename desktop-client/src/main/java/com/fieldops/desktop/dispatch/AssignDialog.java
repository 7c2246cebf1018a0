package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.client.dispatch.TechnicianLane;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldRow;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Keyboard assignment: technician, date, start, length; OK stays disabled-in-effect until valid. */
final class AssignDialog extends Dialog<AssignmentRequest> {
  static final String ID = "assignDialog";

  AssignDialog(Window owner, AssignDialogModel model, Messages msg, String stylesheet) {
    initOwner(owner);
    setTitle(msg.text("dispatch.assign.title", model.job().label()));
    setHeaderText(msg.text("dispatch.assign.title", model.job().label()) + " · " + nz(model.job().summary()));
    ComboBox<TechnicianLane> tech = new ComboBox<>();
    tech.setId("assignTechnician");
    tech.getItems().setAll(model.technicians());
    tech.setConverter(new StringConverter<>() {
      @Override
      public String toString(TechnicianLane t) {
        return t == null ? "" : t.name() + (t.skills().isEmpty() ? "" : "  (" + String.join(", ", t.skills()) + ")");
      }

      @Override
      public TechnicianLane fromString(String s) {
        return null;
      }
    });
    tech.valueProperty().bindBidirectional(model.technicianProperty());
    DatePicker date = new DatePicker();
    date.setId("assignDate");
    date.valueProperty().bindBidirectional(model.dateProperty());
    TextField start = new TextField();
    start.setId("assignStart");
    start.textProperty().bindBidirectional(model.startProperty());
    TextField hours = new TextField();
    hours.setId("assignHours");
    hours.textProperty().bindBidirectional(model.hoursProperty());

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    grid.setPadding(new Insets(12, 16, 4, 16));
    grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(300));
    FieldRow.add(grid, 0, msg.text("dispatch.assign.technician"), tech, model.technicianErrorProperty(), "assignTechnicianError");
    FieldRow.add(grid, 1, msg.text("dispatch.assign.date"), date, null, "assignDateError");
    FieldRow.add(grid, 2, msg.text("dispatch.assign.start"), start, model.startErrorProperty(), "assignStartError");
    FieldRow.add(grid, 3, msg.text("dispatch.assign.duration"), hours, model.hoursErrorProperty(), "assignHoursError");
    getDialogPane().setContent(grid);
    getDialogPane().setId(ID);
    getDialogPane().getStylesheets().add(stylesheet);
    ButtonType assign = new ButtonType(msg.text("dispatch.assign.confirm"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(msg.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    getDialogPane().getButtonTypes().setAll(assign, cancel);
    Node ok = getDialogPane().lookupButton(assign);
    ok.setId("assignConfirm");
    ok.addEventFilter(ActionEvent.ACTION, e -> {
      if (model.toRequest().isEmpty()) {
        e.consume();
      }
    });
    setResultConverter(b -> b == assign ? model.toRequest().orElse(null) : null);
    setOnShown(e -> tech.requestFocus());
  }

  static Optional<AssignmentRequest> ask(Window owner, AssignDialogModel model, Messages msg, String css) {
    return new AssignDialog(owner, model, msg, css).showAndWait();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
