package com.fieldops.desktop.stock;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.stock.replica.StockReplica;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where a serialized unit went: typed serial → each movement oldest first, with the part, from and
 * to, the job that used it and the machine it went into. Reads off the UI thread.
 */
public final class SerialLookupViewModel {
  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final StringProperty serial = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<String> steps = FXCollections.observableArrayList();

  public SerialLookupViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
  }

  /** Looks the typed serial up; a blank one asks for a serial. */
  public void lookup() {
    String typed = serial.get() == null ? "" : serial.get().strip();
    if (typed.isEmpty()) {
      steps.clear();
      summary.set(msg.text("serials.enter"));
      return;
    }
    ctx.tasks().run("serial history", () -> read(typed), found -> {
      steps.setAll(found);
      summary.set(found.isEmpty() ? msg.text("serials.none", typed) : msg.text("serials.found", typed, found.size()));
    }, e -> summary.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private List<String> read(String typed) {
    Map<UUID, String> places = new HashMap<>();
    for (StockLocation l : replica.stock().locations()) {
      places.put(l.id(), l.name());
    }
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<String> out = new ArrayList<>();
    for (StockReplica.SerialStep s : replica.stock().serialHistory(typed)) {
      StockMovement m = s.movement();
      String part = s.part() == null ? "?" : s.part().sku() + " " + s.part().name();
      StringBuilder second = new StringBuilder(msg.text("serials.fromTo", place(m.fromLocationId(), places),
          place(m.toLocationId(), places)));
      if (s.workOrderId() != null) {
        String job = replica.workOrders().workOrder(s.workOrderId()).map(WorkOrderDetail::workOrder)
            .map(w -> w.label()).orElse(msg.text("partRequests.job.unknown"));
        second.append("  ·  ").append(msg.text("serials.job", job));
      }
      if (s.equipmentId() != null) {
        String machine = replica.equipment().equipment(s.equipmentId()).map(v -> {
          Equipment e = v.equipment();
          return e.manufacturer() + " " + e.model() + " · SN " + e.serialNumber();
        }).orElse(msg.text("serials.machine.unknown"));
        second.append("  ·  ").append(msg.text("serials.machine", machine));
      }
      out.add(when.format(m.occurredAt()) + "  ·  " + msg.text("stock.movement." + m.kind().name()) + "  ·  "
          + part + "  ·  SN " + m.serialNumber() + "\n" + second);
    }
    return out;
  }

  private String place(UUID id, Map<UUID, String> names) {
    if (id == null) {
      return msg.text("common.none");
    }
    return VirtualLocations.kindOf(id).map(k -> msg.text("stock.kind." + k.name()))
        .orElseGet(() -> names.getOrDefault(id, msg.text("serials.place.unknown")));
  }

  public StringProperty serialProperty() {
    return serial;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public ObservableList<String> steps() {
    return steps;
  }

  public Messages messages() {
    return msg;
  }
}
