package com.fieldops.desktop.stock;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.mutation.SetStockThreshold;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The low-stock threshold of the chosen part at the chosen place, as the dispatcher sets or changes
 * it: a minimum (below it, restock) and a target (restock up to it). Whole numbers are read here;
 * the ranges are the shared rule's ({@code SetStockThreshold}), its refusal shown next to the field it
 * names. Records off the UI thread.
 */
public final class ThresholdForm {
  private static final Logger LOG = LoggerFactory.getLogger(ThresholdForm.class);
  static final List<String> FIELDS = List.of("minimum", "target");

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final Runnable saved;
  private final StringProperty minimum = new SimpleStringProperty("");
  private final StringProperty target = new SimpleStringProperty("");
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty editable = new SimpleBooleanProperty(false);
  private final FieldErrors errors = new FieldErrors(FIELDS, message);
  private UUID locationId;
  private StockViewModel.Line line;

  ThresholdForm(ConsoleContext ctx, Replica replica, Runnable saved) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.saved = saved;
  }

  /** Shows the line's threshold at the place; null place or line (or in transit): nothing to set. */
  void show(UUID location, StockViewModel.Line l) {
    boolean same = l != null && line != null && l.partId().equals(line.partId()) && location != null
        && location.equals(locationId);
    this.locationId = location;
    this.line = l;
    editable.set(location != null && l != null);
    title.set(l == null ? msg.text("stock.threshold.choose") : msg.text("stock.threshold.of", l.sku(), l.name()));
    if (!same) {
      // the same line read again (e.g. just saved) keeps what was typed and the message
      errors.clear();
      minimum.set(l == null || l.minimum() == null ? "" : String.valueOf(l.minimum()));
      target.set(l == null || l.target() == null ? "" : String.valueOf(l.target()));
    }
  }

  /** Records the threshold; blank minimum and target remove it (0 and 0). */
  public void save() {
    if (!editable.get()) {
      return;
    }
    errors.clear();
    Integer min = whole(minimum.get(), "minimum");
    Integer tgt = whole(target.get(), "target");
    if (min == null || tgt == null) {
      return;
    }
    UUID at = locationId;
    StockViewModel.Line l = line;
    UUID id = StockThreshold.idOf(at, l.partId());
    SetStockThreshold payload = new SetStockThreshold(at, l.partId(), min, tgt);
    ctx.tasks().run("set stock threshold", () -> replica.record(id, payload), o -> {
      if (o instanceof CommandOutcome.Refused refused) {
        errors.show(refused);
      } else {
        LOG.info("event=stock_threshold_set location={} part={} minimum={} target={}", at, l.partId(), min, tgt);
        message.set(min == 0 && tgt == 0 ? msg.text("stock.threshold.removed", l.sku())
            : msg.text("stock.threshold.saved", l.sku(), min, tgt));
        saved.run();
      }
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  /** A blank field is 0; anything but a whole number is refused next to the field. */
  private Integer whole(String text, String field) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      errors.of(field).set(msg.text("stock.threshold.notWhole"));
      return null;
    }
  }

  public StringProperty minimumProperty() {
    return minimum;
  }

  public StringProperty targetProperty() {
    return target;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty editableProperty() {
    return editable;
  }

  public StringProperty errorProperty(String field) {
    return errors.of(field);
  }
}
