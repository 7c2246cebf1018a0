package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.countdown.Badges;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** One queue entry: priority chip, number, title, customer and site, assignee, live badges. */
final class QueueCell extends ListCell<QueueItem> {
  private final Messages msg;
  private final CountdownText countdownText;
  private final ObjectProperty<Instant> now;
  private final Label priority = new Label();
  private final Label number = new Label();
  private final Label title = new Label();
  private final Label where = new Label();
  private final Label assignee = new Label();
  private final Label pending = new Label();
  /**
   * One badge a row: an entry's height must not depend on the list's width, or entries overlap when
   * a scroll bar narrows the list (the list keeps heights measured at the old width).
   */
  private final VBox badges = new VBox(4);
  private final VBox box;

  QueueCell(Messages msg, ObjectProperty<Instant> now) {
    this.msg = msg;
    this.countdownText = new CountdownText(msg);
    this.now = now;
    priority.getStyleClass().add(Styles.PRIORITY_CHIP);
    priority.setId("queuePriority");
    // the number is what a dispatcher reads out on the phone, the chip what they scan for: both
    // always whole; the assignee and the pending mark give way (they end in "…") when room is short
    priority.setMinWidth(Region.USE_PREF_SIZE);
    number.setId("queueNumber");
    number.setStyle("-fx-font-weight: bold;");
    number.setMinWidth(Region.USE_PREF_SIZE);
    assignee.setMinWidth(0);
    pending.setMinWidth(0);
    title.setMinWidth(0);
    where.getStyleClass().add(Styles.MUTED);
    where.setGraphic(new FontIcon(MaterialDesignC.CITY_VARIANT_OUTLINE));
    assignee.getStyleClass().add(Styles.MUTED);
    pending.setGraphic(new FontIcon(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
    pending.getStyleClass().add(Styles.MUTED);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(6, priority, number, spacer, pending, assignee);
    top.setAlignment(Pos.CENTER_LEFT);
    badges.setFillWidth(false);
    box = new VBox(3, top, title, where, badges);
    box.getStyleClass().add(Styles.QUEUE_CELL);
    box.setMinWidth(0);
    box.setPrefWidth(0);
    now.addListener((o, a, b) -> refreshBadges());
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(QueueItem item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setGraphic(null);
      setText(null);
      setId(null);
      return;
    }
    WorkOrderRow r = item.row();
    setId("queue-" + r.label());
    priority.setText(r.priority() == null ? "" : r.priority().name());
    priority.getStyleClass().removeIf(c -> c.startsWith("fo-p") && c.length() == 5);
    if (r.priority() != null) {
      priority.getStyleClass().add(Styles.priority(r.priority().name()));
    }
    number.setText(r.label());
    boolean preventive = r.type() == com.fieldops.workorder.model.WorkOrderType.PREVENTIVE;
    number.setGraphic(preventive ? preventiveMark() : null);
    box.getStyleClass().remove(Styles.PREVENTIVE);
    if (preventive) {
      box.getStyleClass().add(Styles.PREVENTIVE);
    }
    title.setText(r.summary());
    where.setText(join(r.customerName(), r.siteName()));
    if (r.assigneeId() == null) {
      assignee.setText(msg.text("dispatch.unassigned"));
      assignee.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_QUESTION_OUTLINE));
    } else {
      assignee.setText(r.assigneeName());
      assignee.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_HARD_HAT));
    }
    pending.setVisible(r.pending());
    pending.setManaged(r.pending());
    Badges.fill(badges, item.countdowns(), now.get(), countdownText, true);
    setText(null);
    setGraphic(box);
  }

  /** Planned upkeep (type PREVENTIVE): the same wrench-clock mark as on the timeline and in the legend. */
  static FontIcon preventiveMark() {
    FontIcon mark = new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignW.WRENCH_CLOCK);
    mark.getStyleClass().add("fo-preventive-mark");
    return mark;
  }

  private void refreshBadges() {
    QueueItem item = getItem();
    if (item != null && !isEmpty()) {
      Badges.fill(badges, item.countdowns(), now.get(), countdownText, true);
    }
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null ? "" : b;
    }
    return b == null || b.isBlank() ? a : a + " · " + b;
  }
}
