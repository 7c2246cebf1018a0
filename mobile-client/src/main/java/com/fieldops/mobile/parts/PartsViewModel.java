package com.fieldops.mobile.parts;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.common.Ids;
import com.fieldops.identity.model.Technician;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.RequestParts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The van on the phone: its stock from the ledger (on hand, reserved, available, on the way), the
 * technician's part requests with where each stands, a request for parts the van lacks (for a job or
 * for the van), and the receipt of parts that arrived (all or some of a transfer). Each action is the
 * shared stock mutation through the replica, so it works offline and the server applies the same rules.
 */
public final class PartsViewModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PartsViewModel.class);
  /** The most one request may ask for (the request record's own bound). */
  static final int MAX_REQUEST = 9999;

  private final PhoneSession session;
  private final Replica replica;
  private final TaskRunner tasks;
  private final Messages msg;
  private final Clock clock;
  private final ObservableList<VanStockLine> stock = FXCollections.observableArrayList();
  private final ObservableList<PartRequestLine> requests = FXCollections.observableArrayList();
  private final ObservableList<Part> matches = FXCollections.observableArrayList();
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<Part> requestPart = new SimpleObjectProperty<>();
  private final StringProperty requestQuantity = new SimpleStringProperty("1");
  private final StringProperty requestComment = new SimpleStringProperty("");
  /** The job the request is for; null: for the van. */
  private final ObjectProperty<UUID> forJob = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper requestMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  /** A receipt's message, by request id: shown under that request. */
  private final Map<UUID, ReadOnlyStringWrapper> receiptMessages = new HashMap<>();
  private final LiveRefresh live;
  private volatile UUID van;

  public PartsViewModel(PhoneSession session, UUID workOrderId, TaskRunner tasks, Messages msg, Clock clock) {
    this.session = session;
    this.replica = session.replica();
    this.tasks = tasks;
    this.msg = msg;
    this.clock = clock;
    forJob.set(workOrderId);
    search.addListener((o, a, b) -> searchCatalogue());
    live = new LiveRefresh(replica, tasks, Set.of(), this::refresh);
  }

  public void refresh() {
    tasks.run("load van", this::load, loaded -> {
      if (!stock.equals(loaded.stock())) {
        stock.setAll(loaded.stock());
      }
      if (!requests.equals(loaded.requests())) {
        requests.setAll(loaded.requests()); // redraw only on a real change: a receipt field being typed stays
      }
    }, e -> info.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Loaded(List<VanStockLine> stock, List<PartRequestLine> requests) {}

  private Loaded load() {
    UUID tech = technicianId();
    if (tech == null) {
      return new Loaded(List.of(), List.of());
    }
    Technician t = replica.identity().technicianDay(tech, LocalDate.now(clock)).technician();
    van = t == null ? null : t.vanStockLocationId();
    List<PartRequestLine> lines = new ArrayList<>();
    for (PartRequest r : replica.stock().partRequests(false)) {
      if (r.requestedByTechnicianId() != null && !r.requestedByTechnicianId().equals(tech)) {
        continue; // the phone holds its technician's requests; a stray one is not theirs to receive
      }
      int received = replica.stock().partRequestHistory(r.id()).stream()
          .filter(e -> e.kind() == PartRequestEvent.Kind.RECEIVED).mapToInt(PartRequestEvent::quantity).sum();
      lines.add(new PartRequestLine(r, replica.stock().part(r.partId()).orElse(null), received));
    }
    return new Loaded(replica.stock().vanStock(tech), lines);
  }

  private void searchCatalogue() {
    String text = search.get();
    tasks.run("search catalogue", () -> replica.stock().searchParts(text, 6), found -> {
      if (Objects.equals(text, search.get())) {
        matches.setAll(found);
      }
    }, e -> { });
  }

  private UUID technicianId() {
    return session.technicianId() != null ? session.technicianId()
        : replica.identity().user().map(u -> u.technicianId()).orElse(null);
  }

  /** Asks the office for the part picked: for the job the screen was opened from, else for the van. */
  public boolean request() {
    requestMessage.set("");
    info.set("");
    Part p = requestPart.get();
    if (p == null) {
      requestMessage.set(msg.text("parts.request.pick"));
      return false;
    }
    int qty = parse(requestQuantity.get());
    if (qty < 1 || qty > MAX_REQUEST) {
      requestMessage.set(msg.text("parts.request.quantity", MAX_REQUEST));
      return false;
    }
    String comment = requestComment.get() == null || requestComment.get().isBlank() ? null : requestComment.get().strip();
    CommandOutcome outcome = replica.record(Ids.newId(), new RequestParts(p.id(), qty, forJob.get(), null, comment));
    LOG.info("event=parts.request part={} quantity={} workOrder={} outcome={}", p.sku(), qty, forJob.get(),
        outcome.getClass().getSimpleName());
    if (outcome instanceof CommandOutcome.Refused r) {
      requestMessage.set(r.message());
      return false;
    }
    info.set(msg.text("parts.request.done", qty, p.sku()));
    requestPart.set(null);
    requestQuantity.set("1");
    requestComment.set("");
    search.set("");
    refresh();
    return true;
  }

  /**
   * Books {@code quantityText} units of the request's transfer into the van: all that came, or part of
   * it (the rest stays on the way). More than is still open is refused under the request.
   */
  public boolean receive(PartRequestLine line, String quantityText) {
    ReadOnlyStringWrapper message = receiptMessage(line.request().id());
    message.set("");
    info.set("");
    int qty = parse(quantityText);
    if (qty < 1 || qty > line.open()) {
      message.set(msg.text("parts.receive.quantity", line.open()));
      return false;
    }
    if (van == null) {
      message.set(msg.text("parts.noVan"));
      return false;
    }
    CommandOutcome outcome = replica.record(line.request().transferId(), new ReceiveTransfer(van, qty));
    LOG.info("event=parts.receive request={} transfer={} quantity={} open={} outcome={}", line.request().id(),
        line.request().transferId(), qty, line.open(), outcome.getClass().getSimpleName());
    if (outcome instanceof CommandOutcome.Refused r) {
      message.set(r.message());
      return false;
    }
    info.set(msg.text("parts.receive.done", qty, line.label()));
    refresh();
    return true;
  }

  private static int parse(String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private ReadOnlyStringWrapper receiptMessage(UUID requestId) {
    return receiptMessages.computeIfAbsent(requestId, k -> new ReadOnlyStringWrapper(""));
  }

  // ---- properties ----

  public ReadOnlyStringProperty receiptMessageProperty(UUID requestId) {
    return receiptMessage(requestId).getReadOnlyProperty();
  }

  public ObservableList<VanStockLine> stock() {
    return stock;
  }

  public ObservableList<PartRequestLine> requests() {
    return requests;
  }

  public ObservableList<Part> matches() {
    return matches;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<Part> requestPartProperty() {
    return requestPart;
  }

  public StringProperty requestQuantityProperty() {
    return requestQuantity;
  }

  public StringProperty requestCommentProperty() {
    return requestComment;
  }

  public ObjectProperty<UUID> forJobProperty() {
    return forJob;
  }

  public ReadOnlyStringProperty requestMessageProperty() {
    return requestMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    live.close();
  }
}
