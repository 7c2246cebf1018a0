package com.fieldops.desktop.stock;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.stock.replica.StockOnHand;
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

  /** One part at the chosen place. */
  public record Line(String sku, String name, int onHand, boolean needsCount, boolean pending) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ObservableList<Place> places = FXCollections.observableArrayList();
  private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
  private final StringProperty partFilter = new SimpleStringProperty("");
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<String> movements = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final LiveRefresh live;
  private List<Line> all = List.of();
  private long generation;

  public StockViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    place.addListener((o, a, b) -> loadPlace());
    partFilter.addListener((o, a, b) -> filter());
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.STOCK_MOVEMENT, EntityTypes.STOCK_LOCATION,
        EntityTypes.PART), () -> {
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
    }, e -> { });
  }

  private record Read(List<Line> lines, List<String> movements) {}

  private Read read(UUID location) {
    List<Line> out = new ArrayList<>();
    for (StockOnHand h : replica.stock().onHand(location)) {
      if (h.onHand() == 0) {
        continue; // everything moved on: nothing to show or count
      }
      out.add(new Line(h.part() == null ? "?" : h.part().sku(), h.part() == null
          ? msg.text("workorder.part.unknown", h.partId()) : h.part().name(), h.onHand(), h.needsCount(), h.pending()));
    }
    Map<UUID, String> names = new HashMap<>();
    for (StockLocation l : replica.stock().locations()) {
      names.put(l.id(), l.name());
    }
    Map<UUID, Part> parts = new HashMap<>();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<String> moves = new ArrayList<>();
    for (StockMovement m : replica.stock().recentMovements(location, RECENT)) {
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
    return new Read(out, moves);
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

  public Messages messages() {
    return msg;
  }
}
