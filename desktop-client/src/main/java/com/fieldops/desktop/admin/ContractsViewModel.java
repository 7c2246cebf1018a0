package com.fieldops.desktop.admin;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.sla.SlaPolicy;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Service contracts per customer: find the customer, see their contracts (number, what it covers,
 * SLA policy, validity, in force or not), create or edit one with {@link ServiceContractForm}. Read
 * from the replica off the UI thread; a contract saved here or arriving by sync shows at once.
 */
public final class ContractsViewModel {
  /** One contract as the list shows it. */
  public record ContractLine(ServiceContract contract, String number, String covers, String policy, String validFrom,
      String validTo, String state) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<CustomerRow> customers = FXCollections.observableArrayList();
  private final ObjectProperty<Customer360> selected = new SimpleObjectProperty<>();
  private final ObservableList<ContractLine> contracts = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private volatile List<SlaPolicy> policies = List.of();
  private final LiveRefresh live;
  private long generation;
  private boolean searched;

  public ContractsViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    search.addListener((o, a, b) -> find());
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.CUSTOMER, EntityTypes.SERVICE_CONTRACT,
        EntityTypes.SLA_POLICY, EntityTypes.EQUIPMENT), this::refresh);
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
  }

  /** Customers matching the search (as on the Customers screen), off the UI thread; the latest answer wins. */
  public void find() {
    searched = true;
    long gen = ++generation;
    String text = search.get() == null ? "" : search.get().trim();
    ctx.tasks().run("contracts: customers", () -> {
      List<CustomerRow> rows = new ArrayList<>(replica.customers().customers(text));
      rows.sort(Comparator.comparing(CustomerRow::name, msg.nameOrder()));
      return rows;
    }, rows -> {
      if (gen == generation) {
        customers.setAll(rows);
      }
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  /** Shows the customer's contracts. */
  public void open(UUID customerId) {
    ctx.tasks().run("contracts: customer", () -> {
      policies = replica.sla().policies();
      return replica.customers().customer(customerId).orElse(null);
    }, this::show, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  void show(Customer360 c) {
    selected.set(c);
    if (c == null) {
      contracts.clear();
      return;
    }
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    Map<UUID, Equipment> machines = c.equipment().stream().map(EquipmentView::equipment)
        .collect(Collectors.toMap(Equipment::id, Function.identity(), (a, b) -> a));
    Map<UUID, String> policyNames = new java.util.HashMap<>(c.slaPolicyNames());
    policies.forEach(p -> policyNames.putIfAbsent(p.id(), p.name()));
    LocalDate today = LocalDate.now(ctx.clock());
    List<ContractLine> lines = new ArrayList<>();
    List<ServiceContract> sorted = new ArrayList<>(c.contracts());
    sorted.sort(Comparator.comparing(ServiceContract::validFrom).reversed());
    for (ServiceContract k : sorted) {
      String covers;
      if (k.equipmentId() == null) {
        covers = msg.text("contracts.covers.customer");
      } else {
        Equipment m = machines.get(k.equipmentId());
        covers = m == null ? msg.text("contracts.covers.unknownMachine")
            : msg.text("contracts.covers.machine", (nz(m.manufacturer()) + " " + nz(m.model())).trim(), nz(m.serialNumber()));
      }
      String state = k.coversOn(today) ? "contracts.state.inForce"
          : today.isBefore(k.validFrom()) ? "contracts.state.future" : "contracts.state.ended";
      lines.add(new ContractLine(k, k.contractNumber(), covers,
          policyNames.getOrDefault(k.slaPolicyId(), msg.text("customer.contract.policyUnknown")),
          date.format(k.validFrom()), k.validTo() == null ? msg.text("contracts.openEnded") : date.format(k.validTo()),
          msg.text(state)));
    }
    contracts.setAll(lines);
  }

  /** A new contract for the customer shown; null when none is. */
  public ServiceContractForm newContract() {
    return form(null);
  }

  /** The form for {@code contract} of the customer shown. */
  public ServiceContractForm form(ServiceContract contract) {
    Customer360 c = selected.get();
    if (c == null) {
      return null;
    }
    List<Equipment> machines = c.equipment().stream().map(EquipmentView::equipment).toList();
    return new ServiceContractForm(ctx, replica, c.id(), machines, policies, contract, LocalDate.now(ctx.clock()));
  }

  /** After a form saved: the customer's contracts again. */
  public void saved() {
    if (selected.get() != null) {
      open(selected.get().id());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObservableList<CustomerRow> customers() {
    return customers;
  }

  public ObjectProperty<Customer360> selectedProperty() {
    return selected;
  }

  public ObservableList<ContractLine> contracts() {
    return contracts;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public Messages messages() {
    return msg;
  }
}
