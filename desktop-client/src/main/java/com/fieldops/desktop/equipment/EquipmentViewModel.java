package com.fieldops.desktop.equipment;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.customer.model.ContractCover;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.EquipmentRow;
import com.fieldops.replica.view.EquipmentView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The installed base: machines found by customer, site, maker, model or serial; the chosen one's
 * warranty and contract today and its service history (jobs done, parts, meter readings), newest
 * first. Reads off the UI thread; follows changes pulled or recorded.
 */
public final class EquipmentViewModel {
  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty customerFilter = new SimpleStringProperty("");
  private final StringProperty siteFilter = new SimpleStringProperty("");
  private final StringProperty modelFilter = new SimpleStringProperty("");
  private final ObservableList<EquipmentRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<EquipmentView> selected = new SimpleObjectProperty<>();
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty place = new SimpleStringProperty("");
  private final StringProperty warranty = new SimpleStringProperty("");
  private final StringProperty contract = new SimpleStringProperty("");
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final LiveRefresh live;
  private final MachinePlans plans;
  private long generation;
  private boolean searched;

  public EquipmentViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    search.addListener((o, a, b) -> find());
    for (StringProperty f : List.of(customerFilter, siteFilter, modelFilter)) {
      f.addListener((o, a, b) -> find());
    }
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.EQUIPMENT, EntityTypes.EQUIPMENT_EVENT,
        EntityTypes.SERVICE_CONTRACT, EntityTypes.CUSTOMER, EntityTypes.SITE), this::refresh);
    this.plans = new MachinePlans(ctx, replica, selected);
  }

  /** The chosen machine's maintenance plans (to edit) and the serials fitted in it. */
  public MachinePlans plans() {
    return plans;
  }

  private void refresh() {
    if (!searched) {
      return;
    }
    find();
    if (selected.get() != null) {
      open(selected.get().id());
    }
  }

  public void close() {
    live.close();
    plans.close();
  }

  /** Finds off the UI thread; only the answer to the latest text is shown. */
  public void find() {
    searched = true;
    long gen = ++generation;
    String text = search.get() == null ? "" : search.get().trim();
    MachineFilters filters = new MachineFilters(customerFilter.get(), siteFilter.get(), modelFilter.get());
    ctx.tasks().run("search equipment", () -> filters.apply(replica.equipment().machines(text)), found -> {
      if (gen == generation) {
        rows.setAll(found);
      }
    }, e -> { });
  }

  /** Shows the machine: its place, warranty, contract and history. */
  public void open(UUID equipmentId) {
    searched = true;
    ctx.tasks().run("load equipment", () -> new Loaded(replica.equipment().equipment(equipmentId),
        replica.equipment().contracts(equipmentId), replica.equipment().machines("").stream()
            .filter(r -> r.id().equals(equipmentId)).findFirst()), this::show, e -> { });
  }

  private record Loaded(Optional<EquipmentView> view, List<ServiceContract> contracts, Optional<EquipmentRow> row) {}

  private void show(Loaded l) {
    EquipmentView v = l.view().orElse(null);
    selected.set(v);
    if (v == null) {
      title.set("");
      history.clear();
      return;
    }
    Equipment e = v.equipment();
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    title.set(nz(e.manufacturer()) + " " + nz(e.model()) + "  ·  " + msg.text("equipment.serial", nz(e.serialNumber())));
    place.set(l.row().map(r -> nz(r.customerName()) + "  ·  " + nz(r.siteName())
        + (r.siteCity() == null ? "" : ", " + r.siteCity())).orElse("")
        + "  ·  " + msg.text("equipment.status." + e.status().name())
        + (e.installDate() == null ? "" : "  ·  " + msg.text("equipment.installed", date.format(e.installDate()))));
    LocalDate today = LocalDate.now(ctx.clock());
    warranty.set(warrantyText(e, today, date));
    contract.set(contractText(e, l.contracts(), today, date));
    history.setAll(v.history().stream()
        .sorted(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id).reversed())
        .map(h -> when.format(h.occurredAt()) + "  ·  " + msg.text("equipment.event." + h.kind().name()) + "\n"
            + nz(h.summary()))
        .toList());
  }

  String warrantyText(Equipment e, LocalDate today, DateTimeFormatter date) {
    if (e.warrantyEnd() == null) {
      return msg.text("equipment.warranty.none");
    }
    return msg.text(e.underWarrantyOn(today) ? "equipment.warranty.until" : "equipment.warranty.ended",
        date.format(e.warrantyEnd()));
  }

  /** The contract in force today: the machine's own wins over its customer's (the SLA rule). */
  String contractText(Equipment e, List<ServiceContract> contracts, LocalDate today, DateTimeFormatter date) {
    Optional<ServiceContract> inForce = ContractCover.inForce(e.customerId(), e.id(), contracts, today, k -> true);
    if (inForce.isEmpty()) {
      return msg.text("equipment.contract.none");
    }
    ServiceContract k = inForce.get();
    return msg.text(k.scope() == ContractScope.EQUIPMENT ? "equipment.contract.own" : "equipment.contract.customer",
        k.contractNumber(), k.validTo() == null ? "…" : date.format(k.validTo()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public StringProperty searchProperty() {
    return search;
  }

  /** Only machines of customers whose name contains this (blank: any). */
  public StringProperty customerFilterProperty() {
    return customerFilter;
  }

  /** Only machines at sites whose name or city contains this (blank: any). */
  public StringProperty siteFilterProperty() {
    return siteFilter;
  }

  /** Only machines whose maker or model contains this (blank: any). */
  public StringProperty modelFilterProperty() {
    return modelFilter;
  }

  public ObservableList<EquipmentRow> rows() {
    return rows;
  }

  public ObjectProperty<EquipmentView> selectedProperty() {
    return selected;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty placeProperty() {
    return place;
  }

  public StringProperty warrantyProperty() {
    return warranty;
  }

  public StringProperty contractProperty() {
    return contract;
  }

  public ObservableList<String> history() {
    return history;
  }

  public Messages messages() {
    return msg;
  }
}
