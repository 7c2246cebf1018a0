package com.fieldops.desktop.stock;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.ReplenishmentPlanner;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.replica.StockOnHand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What needs restocking or counting across the warehouses and vans the console holds: each part below
 * its threshold's minimum with what to send and from which warehouse (the shared
 * {@link ReplenishmentPlanner}: the same answer on every device), and each place where a part went
 * below zero and someone should count it. Reads off the UI thread; follows movements and thresholds.
 */
public final class ReplenishViewModel {
  /** One part below its minimum at a place, with the suggestion. */
  public record Shortage(UUID locationId, UUID partId, String place, String sku, String part, int onHand, int available,
      int inbound, int minimum, int target, int quantity, String suggestion) {}

  /** One part below zero at a place. */
  public record Negative(UUID locationId, UUID partId, String place, String sku, String part, int onHand) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ObservableList<Shortage> shorts = FXCollections.observableArrayList();
  private final ObservableList<Negative> negatives = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final LiveRefresh live;
  private long generation;

  public ReplenishViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.STOCK_MOVEMENT, EntityTypes.STOCK_LOCATION,
        EntityTypes.PART, EntityNames.of(StockThreshold.class), EntityNames.of(Reservation.class)), this::load);
  }

  public void close() {
    live.close();
  }

  /** Reads both lists again (off the UI thread). */
  public void load() {
    long gen = ++generation;
    ctx.tasks().run("replenishment", this::read, r -> {
      if (gen != generation) {
        return;
      }
      shorts.setAll(r.shorts());
      negatives.setAll(r.negatives());
      summary.set(msg.text("stock.replenish.summary", r.shorts().size(), r.negatives().size()));
    }, e -> summary.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Read(List<Shortage> shorts, List<Negative> negatives) {}

  private Read read() {
    Map<UUID, StockLocation> places = new HashMap<>();
    for (StockLocation l : replica.stock().locations()) {
      places.put(l.id(), l);
    }
    Map<UUID, Part> parts = new HashMap<>();
    Map<UUID, Map<UUID, StockOnHand>> onHand = new HashMap<>();
    List<Negative> negatives = new ArrayList<>();
    for (StockLocation l : places.values()) {
      Map<UUID, StockOnHand> here = new HashMap<>();
      for (StockOnHand h : replica.stock().onHand(l.id())) {
        here.put(h.partId(), h);
        if (h.needsCount()) {
          negatives.add(new Negative(l.id(), h.partId(), l.name(), sku(h.part()), name(h.part(), h.partId()),
              h.onHand()));
        }
      }
      onHand.put(l.id(), here);
    }
    negatives.sort(java.util.Comparator.comparingInt(Negative::onHand).thenComparing(Negative::place));
    List<Shortage> shorts = new ArrayList<>();
    for (ReplenishmentPlanner.Suggestion s : replica.stock().suggestions(null)) {
      Part part = parts.computeIfAbsent(s.partId(), id -> replica.stock().part(id).orElse(null));
      StockLocation at = places.get(s.locationId());
      StockOnHand h = onHand.getOrDefault(s.locationId(), Map.of()).get(s.partId());
      StockLocation from = s.fromWarehouseId() == null ? null : places.get(s.fromWarehouseId());
      String suggestion = s.quantity() <= 0 ? msg.text("stock.replenish.onItsWay")
          : from == null ? msg.text("stock.replenish.order", s.quantity())
          : msg.text("stock.replenish.send", s.quantity(), from.name(), s.fromAvailable());
      shorts.add(new Shortage(s.locationId(), s.partId(), at == null ? "?" : at.name(), sku(part),
          name(part, s.partId()), h == null ? 0 : h.onHand(), s.available(), s.inbound(), s.minimum(), s.target(),
          s.quantity(), suggestion));
    }
    return new Read(shorts, negatives);
  }

  private static String sku(Part p) {
    return p == null ? "?" : p.sku();
  }

  private String name(Part p, UUID id) {
    return p == null ? msg.text("workorder.part.unknown", id) : p.name();
  }

  public ObservableList<Shortage> shorts() {
    return shorts;
  }

  public ObservableList<Negative> negatives() {
    return negatives;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public Messages messages() {
    return msg;
  }
}
