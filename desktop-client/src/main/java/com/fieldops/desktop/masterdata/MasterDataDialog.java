package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.desktop.ui.FieldRow;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * A master-data form as a dialog: one or more sections (a customer; or a caller's customer, site
 * and contact), a message under each field that is wrong, Save records it and closes, Escape
 * cancels. The dialog stays open until the record is saved.
 */
public final class MasterDataDialog extends Dialog<Boolean> {
  /** One titled part of the dialog. */
  public record Section(String title, RecordForm form) {}

  private MasterDataDialog(Window owner, Messages msg, String id, String title, List<Section> sections,
      BooleanExpression busy, Consumer<Runnable> save) {
    initOwner(owner);
    setTitle(title);
    setHeaderText(title);
    setResizable(true);
    getDialogPane().setId(id);
    getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
    getDialogPane().getStyleClass().add(Styles.CONSOLE);
    VBox content = new VBox(14);
    Node first = null;
    for (Section s : sections) {
      if (s.title() != null) {
        Label l = new Label(s.title());
        l.getStyleClass().add(Styles.SECTION_TITLE);
        content.getChildren().add(l);
      }
      GridPane grid = grid(s.form());
      content.getChildren().add(grid);
      Label message = new Label();
      message.setId(s.form().kind() + "-message");
      message.getStyleClass().add(Styles.FIELD_ERROR);
      message.setWrapText(true);
      message.textProperty().bind(s.form().messageProperty());
      message.visibleProperty().bind(message.textProperty().isNotEmpty());
      message.managedProperty().bind(message.visibleProperty());
      content.getChildren().add(message);
      if (first == null) {
        first = grid.getChildren().size() > 1 ? ((VBox) grid.getChildren().get(1)).getChildren().get(0) : null;
      }
    }
    content.setPadding(new Insets(12, 14, 4, 14));
    content.setPrefWidth(600);
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    // a caller's three sections are taller than a laptop screen: scroll rather than cut
    scroll.setPrefViewportHeight(Math.min(640, 60 + 46.0 * sections.stream().mapToInt(x -> x.form().fields().size()).sum()));
    scroll.getStyleClass().add("edge-to-edge");
    getDialogPane().setContent(scroll);

    ButtonType saveType = new ButtonType(msg.text("common.save"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().setAll(saveType, new ButtonType(msg.text("common.cancel"),
        ButtonBar.ButtonData.CANCEL_CLOSE));
    Button saveButton = (Button) getDialogPane().lookupButton(saveType);
    saveButton.setId(id + "-save");
    saveButton.getStyleClass().add("accent");
    saveButton.disableProperty().bind(busy);
    ((Button) getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(1))).setId(id + "-cancel");
    saveButton.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      save.accept(() -> {
        setResult(Boolean.TRUE);
        close();
      });
    });
    setResultConverter(b -> null);
    Node focus = first;
    if (focus != null) {
      Platform.runLater(focus::requestFocus);
    }
  }

  /** The inputs of {@code form}, label left, message under each. */
  static GridPane grid(RecordForm form) {
    GridPane grid = FieldRow.form(150, 320, Region.USE_COMPUTED_SIZE);
    int row = 0;
    for (FormField f : form.fields()) {
      String id = inputId(form, f.field());
      FieldRow.add(grid, row++, f.label(), input(f, id), form.error(f.field()), id + "-error");
    }
    return grid;
  }

  /** The node id of a field's input: the form's kind and the field, e.g. {@code customer-billingAddress-city}. */
  public static String inputId(RecordForm form, String field) {
    return form.kind() + "-" + field.replace('.', '-');
  }

  private static Node input(FormField f, String id) {
    switch (f.kind()) {
      case AREA -> {
        TextArea a = new TextArea();
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return bound(a, f, id);
      }
      case CHOICE -> {
        ComboBox<Choice<String>> c = f.choices().size() > 20
            ? new SearchableComboBox<>() : new ComboBox<>();
        c.getItems().setAll(f.choices());
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setVisibleRowCount(12);
        c.setConverter(new StringConverter<>() {
          @Override
          public String toString(Choice<String> v) {
            return v == null ? "" : v.text();
          }

          @Override
          public Choice<String> fromString(String s) {
            return null;
          }
        });
        Runnable select = () -> c.setValue(f.choices().stream()
            .filter(x -> x.value().equals(f.valueProperty().get())).findFirst().orElse(null));
        select.run();
        c.valueProperty().addListener((o, a, b) -> f.valueProperty().set(b == null ? "" : b.value()));
        f.valueProperty().addListener((o, a, b) -> {
          if (c.getValue() == null || !c.getValue().value().equals(b)) {
            select.run();
          }
        });
        return c;
      }
      default -> {
        return bound(new TextField(), f, id);
      }
    }
  }

  private static Node bound(TextInputControl t, FormField f, String id) {
    t.setId(id);
    if (f.prompt() != null) {
      t.setPromptText(f.prompt());
    }
    t.textProperty().bindBidirectional(f.valueProperty());
    return t;
  }

  /** A form of one record; {@code saved} runs once it is recorded. */
  public static void open(Window owner, String title, RecordForm form, Runnable saved) {
    MasterDataDialog d = new MasterDataDialog(owner, form.messages(), form.kind() + "Form", title,
        List.of(new Section(null, form)), form.busyProperty(), close -> form.save(id -> close.run()));
    d.setOnHidden(e -> {
      if (Boolean.TRUE.equals(d.getResult())) {
        saved.run();
      }
    });
    d.show();
  }

  /** The caller's customer, site and contact; {@code saved} gets the new customer and site. */
  public static void openNewCaller(Window owner, NewCallerForm form, java.util.function.BiConsumer<java.util.UUID,
      java.util.UUID> saved) {
    Messages msg = form.messages();
    java.util.UUID[] ids = new java.util.UUID[2];
    MasterDataDialog d = new MasterDataDialog(owner, msg, "newCallerForm", msg.text("masterdata.newCaller.title"),
        List.of(new Section(msg.text("masterdata.section.customer"), form.customer()),
            new Section(msg.text("masterdata.section.site"), form.site()),
            new Section(msg.text("masterdata.section.contact"), form.contact())),
        form.busyProperty(), close -> form.save((c, s) -> {
          ids[0] = c;
          ids[1] = s;
          close.run();
        }));
    d.setOnHidden(e -> {
      if (Boolean.TRUE.equals(d.getResult())) {
        saved.accept(ids[0], ids[1]);
      }
    });
    d.show();
  }
}
