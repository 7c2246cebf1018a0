package com.fieldops.desktop.equipment;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.desktop.ui.TextLists;
import com.fieldops.replica.view.EquipmentRow;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** Machines found by customer, site, model or serial on the left; the chosen one's state and history on the right. */
public final class EquipmentScreenView extends SplitPane {

  public EquipmentScreenView(EquipmentViewModel vm) {
    Messages msg = vm.messages();
    setId("equipmentScreen");
    Label title = new Label(msg.text("equipment.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("equipmentSearch");
    search.setPromptText(msg.text("equipment.search.prompt"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    TextField byCustomer = filter("equipmentFilterCustomer", msg.text("equipment.filter.customer"),
        vm.customerFilterProperty());
    TextField bySite = filter("equipmentFilterSite", msg.text("equipment.filter.site"), vm.siteFilterProperty());
    TextField byModel = filter("equipmentFilterModel", msg.text("equipment.filter.model"), vm.modelFilterProperty());
    javafx.scene.layout.HBox filters = new javafx.scene.layout.HBox(6, byCustomer, bySite, byModel);
    ListView<EquipmentRow> list = new ListView<>(vm.rows());
    list.setId("equipmentList");
    list.setPlaceholder(new Label(msg.text("equipment.none")));
    list.setCellFactory(v -> ListRowCell.<EquipmentRow>of(r -> "machine-" + r.equipment().serialNumber(), null, List.of(
        r -> r.equipment().manufacturer() + " " + r.equipment().model() + "  ·  " + r.equipment().serialNumber(),
        r -> nz(r.customerName()) + "  ·  " + nz(r.siteName()) + (r.siteCity() == null ? "" : ", " + r.siteCity()))));
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.open(b.id());
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox left = new VBox(8, title, search, filters, list);
    left.setPadding(new Insets(12));
    left.setMinWidth(300);

    Label name = new Label();
    name.setId("equipmentName");
    name.getStyleClass().add(Styles.SCREEN_TITLE);
    name.textProperty().bind(vm.titleProperty());
    name.setWrapText(true);
    Label place = new Label();
    place.setId("equipmentPlace");
    place.getStyleClass().add(Styles.MUTED);
    place.textProperty().bind(vm.placeProperty());
    place.setWrapText(true);
    Label warranty = new Label();
    warranty.setId("equipmentWarranty");
    warranty.textProperty().bind(vm.warrantyProperty());
    warranty.setGraphic(new FontIcon(MaterialDesignS.SHIELD_CHECK_OUTLINE));
    warranty.setWrapText(true);
    Label contract = new Label();
    contract.setId("equipmentContract");
    contract.textProperty().bind(vm.contractProperty());
    contract.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
    contract.setWrapText(true);
    Label historyTitle = new Label(msg.text("equipment.history"));
    historyTitle.getStyleClass().add(Styles.SECTION_TITLE);
    ListView<String> history = TextLists.of(vm.history(), 260, msg.text("equipment.history.none"), null, 2);
    history.setId("equipmentHistory");
    VBox detail = new VBox(8, name, place, warranty, contract, historyTitle, history,
        new MachinePlansView(vm.plans()));
    detail.setPadding(new Insets(16));
    Label empty = new Label(msg.text("equipment.select"));
    empty.getStyleClass().add(Styles.MUTED);
    empty.setPadding(new Insets(24));
    ScrollPane right = new ScrollPane(empty);
    right.setFitToWidth(true);
    vm.selectedProperty().addListener((o, a, c) -> right.setContent(c == null ? empty : detail));
    getItems().addAll(left, right);
    setDividerPositions(0.32);
    vm.find();
  }

  private static TextField filter(String id, String prompt, javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(value);
    javafx.scene.layout.HBox.setHgrow(f, Priority.ALWAYS);
    f.setPrefWidth(90);
    return f;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
