package com.fieldops.desktop.stock;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.replica.view.VanStockLine;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Stock by location and part: warehouses, vans and what is in transit between them; per part the
 * on-hand the ledger sums (never a stored count), a location below zero marked "needs a count";
 * the latest movements. Reads off the UI thread; follows movements pulled or recorded.
 */
public final class StockViewModel {
  static final int RECENT = 50;

  /** A place stock is kept, as the list shows it. */
  public record Place(UUID id, String name, String detail, boolean inTransit) {}

  /**
   * One part at the chosen place: on hand, available (on hand − reserved), on its way here, and its
   * low-stock threshold (null minimum: none set).
   */
  public record Line(UUID partId, String sku, String name, int onHand, int available, int inbound, Integer minimum,
      Integer target, boolean needsCount, boolean pending) {
    public boolean belowMinimum() {
      return minimum != null && available + inbound < minimum;
    }
  }

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ObservableList<Place> places = FXCollections.observableArrayList();
  private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
  private final StringProperty partFilter = new SimpleStringProperty("");
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<String> movements = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObjectProperty<Line> line = new SimpleObjectProperty<>();
  private final ObservableList<String> lineMovements = FXCollections.observableArrayList();
  private final ThresholdForm threshold;
  private final LiveRefresh live;
  private List<Line> all = List.of();
  private long generation;
  private long lineGeneration;

  public StockViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.threshold = new ThresholdForm(ctx, replica, this::reload);
    place.addListener((o, a, b) -> {
      line.set(null);
      loadPlace();
    });
    line.addListener((o, a, b) -> {
      threshold.show(b == null || p() == null || p().inTransit() ? null : p().id(), b);
      loadLine();
    });
    partFilter.addListener((o, a, b) -> filter());
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.STOCK_MOVEMENT, EntityTypes.STOCK_LOCATION,
        EntityTypes.PART, com.fieldops.protocol.registry.EntityNames.of(StockThreshold.class)), () -> {
          if (!places.isEmpty()) {
            loadPlace();
          }
        });
  }

  public void close() {
    live.close();
  }

  /** Loads the warehouses and vans (off the UI thread); the first is shown. */
  public void load() {
    ctx.tasks().run("stock locations", replica.stock()::locations, found -> {
      List<Place> list = new ArrayList<>();
      for (StockLocation l : found) {
        String detail = msg.text("stock.kind." + l.kind().name())
            + (l instanceof StockLocation.Van v && v.licensePlate() != null ? "  ·  " + v.licensePlate() : "")
            + "  ·  " + l.region();
        list.add(new Place(l.id(), l.name(), detail, false));
      }
      list.add(new Place(VirtualLocations.IN_TRANSIT, msg.text("stock.inTransit"), msg.text("stock.inTransit.detail"), true));
      places.setAll(list);
      if (place.get() == null && !list.isEmpty()) {
        place.set(list.get(0));
      }
    }, e -> { });
  }

  /** Reads the chosen place again. */
  public void reload() {
    loadPlace();
  }

  private void loadPlace() {
    Place p = place.get();
    if (p == null) {
      return;
    }
    long gen = ++generation;
    ctx.tasks().run("stock at location", () -> read(p.id()), r -> {
      if (gen != generation) {
        return;
      }
      all = r.lines();
      filter();
      movements.setAll(r.movements());
      // the chosen line read again (its threshold may just have been set); gone: nothing chosen
      Line chosen = line.get();
      if (chosen != null) {
        line.set(all.stream().filter(l -> l.partId().equals(chosen.partId())).findFirst().orElse(null));
      }
    }, e -> { });
  }

  private Place p() {
    return place.get();
  }

  /** The chosen line's own movements at the chosen place, newest first. */
  private void loadLine() {
    Place p = place.get();
    Line l = line.get();
    if (p == null || l == null) {
      lineMovements.clear();
      return;
    }
    long gen = ++lineGeneration;
    ctx.tasks().run("stock line movements", () -> describe(p.id(),
        replica.stock().movementsOf(p.id(), l.partId(), RECENT)), found -> {
          if (gen == lineGeneration) {
            lineMovements.setAll(found);
          }
        }, e -> { });
  }

  private record Read(List<Line> lines, List<String> movements) {}

  private Read read(UUID location) {
    Map<UUID, StockThreshold> thresholds = new HashMap<>();
    for (StockThreshold t : replica.stock().thresholds(location)) {
      if (t.minimum() > 0 || t.target() > 0) {
        thresholds.put(t.partId(), t);
      }
    }
    List<Line> out = new ArrayList<>();
    for (VanStockLine h : replica.stock().stockAt(location)) {
      StockThreshold t = thresholds.get(h.partId());
      if (h.onHand() == 0 && h.inbound() == 0 && h.reserved() == 0 && t == null) {
        continue; // everything moved on and nothing expected: nothing to show or count
      }
      out.add(new Line(h.partId(), h.part() == null ? "?" : h.part().sku(), h.part() == null
          ? msg.text("workorder.part.unknown", h.partId()) : h.part().name(), h.onHand(), h.available(), h.inbound(),
          t == null ? null : t.minimum(), t == null ? null : t.target(), h.needsCount(), h.pending()));
    }
    return new Read(out, describe(location, replica.stock().recentMovements(location, RECENT)));
  }

  /** Movements at a place as the list shows them: when, what, how many in or out, the other end, why. */
  private List<String> describe(UUID location, List<StockMovement> found) {
    Map<UUID, String> names = new HashMap<>();
    for (StockLocation l : replica.stock().locations()) {
      names.put(l.id(), l.name());
    }
    Map<UUID, Part> parts = new HashMap<>();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<String> moves = new ArrayList<>();
    for (StockMovement m : found) {
      Part part = parts.computeIfAbsent(m.partId(), id -> replica.stock().part(id).orElse(null));
      boolean in = location.equals(m.toLocationId());
      UUID otherId = in ? m.fromLocationId() : m.toLocationId();
      // the other end, where there is one (older consumptions name no customer site)
      String where = otherId == null ? "" : msg.text(in ? "stock.movement.from" : "stock.movement.to", placeName(otherId, names));
      moves.add(when.format(m.occurredAt()) + "  ·  " + msg.text("stock.movement." + m.kind().name())
          + "  ·  " + (in ? "+" : "−") + m.quantity() + "  " + (part == null ? "?" : part.sku() + " " + part.name())
          + (m.serialNumber() == null ? "" : "  ·  SN " + m.serialNumber()) + "\n"
          + where + (m.reason() == null ? "" : (where.isEmpty() ? "" : "  ·  ") + m.reason()));
    }
    return moves;
  }

  private String placeName(UUID id, Map<UUID, String> names) {
    if (id == null) {
      return msg.text("common.none");
    }
    return VirtualLocations.kindOf(id).map(k -> msg.text("stock.kind." + k.name()))
        .orElseGet(() -> names.getOrDefault(id, id.toString()));
  }

  private void filter() {
    String f = partFilter.get() == null ? "" : partFilter.get().strip().toLowerCase(Locale.ROOT);
    List<Line> shown = all.stream().filter(l -> f.isEmpty() || (l.sku() + " " + l.name()).toLowerCase(Locale.ROOT)
        .contains(f)).toList();
    lines.setAll(shown);
    long negative = all.stream().filter(Line::needsCount).count();
    summary.set(msg.text("stock.summary", all.size(), negative));
  }

  public ObservableList<Place> places() {
    return places;
  }

  public ObjectProperty<Place> placeProperty() {
    return place;
  }

  public StringProperty partFilterProperty() {
    return partFilter;
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  public ObservableList<String> movements() {
    return movements;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  /** The chosen part at the chosen place (null: none). */
  public ObjectProperty<Line> lineProperty() {
    return line;
  }

  /** The chosen line's movements at the place, newest first. */
  public ObservableList<String> lineMovements() {
    return lineMovements;
  }

  /** The chosen line's low-stock threshold, to set or change. */
  public ThresholdForm threshold() {
    return threshold;
  }

  public Messages messages() {
    return msg;
  }
}
