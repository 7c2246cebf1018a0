package com.fieldops.desktop.stock;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ApprovePartRequest;
import com.fieldops.stock.mutation.DeclinePartRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The region's part requests as a dispatcher decides them: open ones first (part, quantity, the job
 * or van, who asked, when); approving names the warehouse the parts leave from, each with what it has
 * available of the part; declining needs a reason. The shared rules decide; a refusal is shown next
 * to the field it names. Reads and records off the UI thread; follows requests pulled from the server.
 */
public final class PartRequestsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(PartRequestsViewModel.class);
  static final List<String> FIELDS = List.of("sourceLocationId", "quantity", "reason");

  /** One request as the table shows it. */
  public record Row(UUID id, PartRequestStatus status, String sku, String part, int quantity, String forWhat,
      String who, String when, String statusText, UUID partId, String region, UUID requestedBy) {
    public boolean open() {
      return status.isOpen();
    }
  }

  /** A warehouse the parts can leave from, with what it has available of the request's part. */
  public record Source(UUID id, String name, int available) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final ObservableList<Source> sources = FXCollections.observableArrayList();
  private final ObjectProperty<Source> source = new SimpleObjectProperty<>();
  private final StringProperty quantity = new SimpleStringProperty("");
  private final StringProperty reason = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(FIELDS, message);
  private final LiveRefresh live;
  private long generation;
  private long selectedGeneration;

  public PartRequestsViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    openOnly.addListener((o, a, b) -> load());
    selected.addListener((o, a, b) -> {
      // the same request read again (e.g. just decided) keeps its message; another one starts clean
      if (a == null || b == null || !a.id().equals(b.id())) {
        errors.clear();
        quantity.set("");
        reason.set("");
        source.set(null);
      }
      loadSelected();
    });
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityNames.of(PartRequest.class),
        EntityNames.of(PartRequestEvent.class), EntityTypes.STOCK_MOVEMENT), this::load);
  }

  public void close() {
    live.close();
  }

  /** Reads the requests again (off the UI thread), keeping the chosen one when it is still listed. */
  public void load() {
    long gen = ++generation;
    boolean only = openOnly.get();
    UUID keep = selected.get() == null ? null : selected.get().id();
    ctx.tasks().run("part requests", () -> read(only, keep), found -> {
      if (gen != generation) {
        return;
      }
      rows.setAll(found);
      Row again = keep == null ? null : found.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
      Row current = selected.get();
      // an equal row fires no change, yet its history may have grown (e.g. just approved): read it again
      boolean sameRow = again != null && again.equals(current);
      selected.set(again);
      if (sameRow) {
        loadSelected();
      }
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  /** The requests; the chosen one stays listed once decided, so the dispatcher sees what became of it. */
  private List<Row> read(boolean only, UUID keep) {
    Map<UUID, String> technicians = new HashMap<>();
    for (TechnicianRow t : replica.identity().technicians()) {
      technicians.put(t.id(), t.name());
    }
    Map<UUID, String> places = new HashMap<>();
    for (StockLocation l : replica.stock().locations()) {
      places.put(l.id(), l.name());
    }
    Map<UUID, Part> parts = new HashMap<>();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<Row> out = new ArrayList<>();
    List<PartRequest> requests = new ArrayList<>(replica.stock().partRequests(only));
    if (keep != null && requests.stream().noneMatch(r -> r.id().equals(keep))) {
      replica.stock().partRequest(keep).ifPresent(requests::add);
    }
    for (PartRequest r : requests) {
      Part part = parts.computeIfAbsent(r.partId(), id -> replica.stock().part(id).orElse(null));
      String job = r.workOrderId() == null ? null
          : replica.workOrders().workOrder(r.workOrderId()).map(WorkOrderDetail::workOrder).map(w -> w.label())
              .orElse(msg.text("partRequests.job.unknown"));
      String to = r.deliverToLocationId() == null ? null : places.get(r.deliverToLocationId());
      String forWhat = job != null ? msg.text("partRequests.forJob", job)
          : to != null ? msg.text("partRequests.forVan", to) : msg.text("partRequests.forVan.own");
      String who = r.requestedByTechnicianId() != null && technicians.containsKey(r.requestedByTechnicianId())
          ? technicians.get(r.requestedByTechnicianId()) : technicians.getOrDefault(r.requestedBy(),
              msg.text("partRequests.someone"));
      out.add(new Row(r.id(), r.status(), part == null ? "?" : part.sku(),
          part == null ? msg.text("workorder.part.unknown", r.partId()) : part.name(), r.quantity(), forWhat, who,
          when.format(r.requestedAt()), msg.text("partRequests.status." + r.status().name()), r.partId(), r.region(), r.requestedBy()));
    }
    // open ones first: what waits for a decision is on top, newest first within each
    out.sort(Comparator.comparing((Row r) -> !r.open()));
    return out;
  }

  private record Selected(List<String> history, List<Source> sources) {}

  private void loadSelected() {
    Row r = selected.get();
    long gen = ++selectedGeneration;
    if (r == null) {
      history.clear();
      sources.clear();
      source.set(null);
      return;
    }
    ctx.tasks().run("part request", () -> readSelected(r), s -> {
      // only the newest read counts: an older one may predate the decision just recorded
      if (gen != selectedGeneration) {
        return;
      }
      history.setAll(s.history());
      sources.setAll(s.sources());
      // the dispatcher's choice stays across refreshes; otherwise the warehouse with the most available
      UUID chosen = source.get() == null ? null : source.get().id();
      source.set(s.sources().stream().filter(x -> x.id().equals(chosen)).findFirst()
          .orElse(s.sources().stream().max(Comparator.comparingInt(Source::available)).orElse(null)));
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private Selected readSelected(Row r) {
    // history names users: the technicians' own users, the requester (as the table names them), and me
    Map<UUID, String> names = new HashMap<>();
    for (TechnicianRow t : replica.identity().technicians()) {
      if (t.technician().userId() != null) {
        names.put(t.technician().userId(), t.name());
      }
    }
    names.put(r.requestedBy(), r.who());
    replica.identity().user().ifPresent(u -> names.put(u.userId(), u.displayName()));
    Map<UUID, String> places = new HashMap<>();
    List<Source> sources = new ArrayList<>();
    for (StockLocation l : replica.stock().locations()) {
      places.put(l.id(), l.name());
      if (l instanceof StockLocation.Warehouse && (r.region() == null || r.region().equals(l.region()))) {
        int available = replica.stock().stockAt(l.id()).stream().filter(s -> s.partId().equals(r.partId()))
            .mapToInt(VanStockLine::available).sum();
        sources.add(new Source(l.id(), l.name(), available));
      }
    }
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<String> lines = new ArrayList<>();
    for (PartRequestEvent e : replica.stock().partRequestHistory(r.id())) {
      String who = e.actorId() == null ? msg.text("partRequests.someone")
          : names.getOrDefault(e.actorId(), msg.text("partRequests.office"));
      String where = e.locationId() == null ? "" : "  ·  " + places.getOrDefault(e.locationId(), "?");
      lines.add(when.format(e.at()) + "  ·  " + msg.text("partRequests.event." + e.kind().name(), e.quantity())
          + where + "\n" + msg.text("partRequests.event.by", who, device(e.deviceId()))
          + (e.note() == null || e.note().isBlank() ? "" : "  ·  " + e.note()));
    }
    return new Selected(lines, sources);
  }

  /**
   * A device as a person reads it: the end of its id tells two devices apart (the start of a UUIDv7
   * is its creation time, the same for devices set up in the same minute).
   */
  static String device(String id) {
    if (id == null || id.isBlank()) {
      return "—";
    }
    return id.length() > 8 ? id.substring(id.length() - 8) : id;
  }

  /** Approves the chosen request from the chosen warehouse; a blank quantity sends what was asked. */
  public void approve() {
    Row r = selected.get();
    if (r == null) {
      return;
    }
    errors.clear();
    Integer qty = null;
    String q = quantity.get() == null ? "" : quantity.get().strip();
    if (!q.isEmpty()) {
      try {
        qty = Integer.valueOf(q);
      } catch (NumberFormatException e) {
        errors.of("quantity").set(msg.text("partRequests.quantity.invalid"));
        return;
      }
    }
    Source s = source.get();
    ApprovePartRequest payload = new ApprovePartRequest(s == null ? null : s.id(), qty, null);
    record(r, payload, "partRequests.approved");
  }

  /** Declines the chosen request; the shared rule asks for a reason. */
  public void decline() {
    Row r = selected.get();
    if (r == null) {
      return;
    }
    errors.clear();
    String why = reason.get() == null ? null : reason.get().strip();
    record(r, new DeclinePartRequest(why), "partRequests.declined");
  }

  private void record(Row r, Object payload, String doneKey) {
    ctx.tasks().run("decide part request", () -> replica.record(r.id(), payload), o -> {
      if (o instanceof CommandOutcome.Refused refused) {
        errors.show(refused);
      } else {
        LOG.info("event=part_request_decided request={} kind={}", r.id(), payload.getClass().getSimpleName());
        message.set(msg.text(doneKey, r.sku(), r.quantity()));
        quantity.set("");
        reason.set("");
        load();
      }
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  public BooleanProperty openOnlyProperty() {
    return openOnly;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public ObjectProperty<Row> selectedProperty() {
    return selected;
  }

  public ObservableList<String> history() {
    return history;
  }

  public ObservableList<Source> sources() {
    return sources;
  }

  public ObjectProperty<Source> sourceProperty() {
    return source;
  }

  public StringProperty quantityProperty() {
    return quantity;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty errorProperty(String field) {
    return errors.of(field);
  }

  public Messages messages() {
    return msg;
  }
}
