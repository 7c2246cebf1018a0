package com.fieldops.desktop.escalation;

import com.fieldops.desktop.countdown.Badges;
import com.fieldops.client.escalation.Escalations.Escalation;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** Clocks at risk, worst first, each with open / reassign / acknowledge; desktop notifications. */
public final class EscalationsView extends VBox {

  public EscalationsView(EscalationsViewModel vm, Messages msg, Consumer<UUID> open, Consumer<UUID> reassign) {
    setId("escalationsView");
    setSpacing(8);
    setPadding(new Insets(12));
    Label title = new Label(msg.text("escalation.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    ListView<Escalation> list = new ListView<>(vm.escalations());
    list.setId("escalationList");
    Label empty = new Label(msg.text("escalation.empty"));
    empty.getStyleClass().add(Styles.MUTED);
    list.setPlaceholder(empty);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Escalation e, boolean isEmpty) {
        super.updateItem(e, isEmpty);
        if (isEmpty || e == null) {
          setGraphic(null);
          setId(null);
          return;
        }
        setId("escalation-" + e.item().row().label() + "-" + e.clock().milestone());
        Label badge = new Label(e.text(), new FontIcon(Badges.icon(e.state())));
        badge.getStyleClass().addAll(Styles.SLA_BADGE, Badges.styleClass(e.state()));
        Label what = new Label(e.item().row().label() + " · " + nz(e.item().row().summary()));
        what.setStyle("-fx-font-weight: bold;");
        Label who = new Label(nz(e.item().row().customerName()) + " · "
            + (e.item().row().assigneeName() == null ? msg.text("dispatch.unassigned") : e.item().row().assigneeName()));
        who.getStyleClass().add(Styles.MUTED);
        VBox text = new VBox(3, what, who, badge);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button openB = new Button(msg.text("escalation.open"), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        openB.setOnAction(a -> open.accept(e.item().row().id()));
        Button reassignB = new Button(msg.text("escalation.reassign"), new FontIcon(MaterialDesignA.ACCOUNT_SWITCH_OUTLINE));
        reassignB.setOnAction(a -> reassign.accept(e.item().row().id()));
        Button ack = new Button(e.acknowledged() ? msg.text("escalation.acknowledged") : msg.text("escalation.acknowledge"),
            new FontIcon(MaterialDesignC.CHECK));
        ack.setDisable(e.acknowledged());
        ack.setOnAction(a -> vm.acknowledge(e));
        HBox row = new HBox(8, text, grow, openB, reassignB, ack);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4));
        row.setOpacity(e.acknowledged() ? 0.6 : 1);
        setGraphic(row);
      }
    });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(title, list);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
