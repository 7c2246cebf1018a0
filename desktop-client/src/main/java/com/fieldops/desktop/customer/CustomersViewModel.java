package com.fieldops.desktop.customer;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.masterdata.ContactForm;
import com.fieldops.desktop.masterdata.CustomerForm;
import com.fieldops.desktop.masterdata.EquipmentForm;
import com.fieldops.desktop.masterdata.SiteForm;
import com.fieldops.client.task.LiveRefresh;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Site;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Customer search and the 360° view: sites, contacts, equipment with history, contracts, jobs. */
public final class CustomersViewModel {
  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<CustomerRow> results = FXCollections.observableArrayList();
  private final ObjectProperty<Customer360> selected = new SimpleObjectProperty<>();
  private final ObservableList<String> sites = FXCollections.observableArrayList();
  private final ObservableList<String> contacts = FXCollections.observableArrayList();
  private final ObservableList<String> equipment = FXCollections.observableArrayList();
  private final ObservableList<String> contracts = FXCollections.observableArrayList();
  private final ObservableList<WorkOrderRow> openJobs = FXCollections.observableArrayList();
  private final ObservableList<WorkOrderRow> pastJobs = FXCollections.observableArrayList();
  private long searchGeneration;
  private final LiveRefresh live;
  /** Set once the screen has searched: until then there is nothing on screen to keep current. */
  private boolean searched;
  /** The shown customer's ratings (average, count, latest comments). */
  private final com.fieldops.desktop.report.CustomerRatingsViewModel ratings;

  public CustomersViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    search.addListener((o, a, b) -> find());
    // a job opened or finished, a site or machine added elsewhere: the list and the customer shown follow
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.CUSTOMER, EntityTypes.SITE,
        EntityTypes.CONTACT, EntityTypes.EQUIPMENT, EntityTypes.EQUIPMENT_EVENT, EntityTypes.SERVICE_CONTRACT,
        EntityTypes.WORK_ORDER), this::refresh);
    this.ratings = new com.fieldops.desktop.report.CustomerRatingsViewModel(ctx, replica);
  }

  public com.fieldops.desktop.report.CustomerRatingsViewModel ratings() {
    return ratings;
  }

  void refresh() {
    if (!searched) {
      return;
    }
    find();
    Customer360 shown = selected.get();
    if (shown != null) {
      open(shown.customer().id());
    }
  }

  public void close() {
    live.close();
    ratings.close();
  }

  /** The signed-in user's region: where a new site is served unless the dispatcher says otherwise. */
  private volatile String userRegion = "";

  /** A new customer; the country of the one shown (or of the console's language) to begin with. */
  public CustomerForm newCustomerForm() {
    return new CustomerForm(ctx, replica, null, defaultCountry());
  }

  /** The customer shown, to edit; null when none is. */
  public CustomerForm editCustomerForm() {
    Customer360 c = selected.get();
    return c == null ? null : new CustomerForm(ctx, replica, c.customer(), defaultCountry());
  }

  /** The shown customer's site {@code index} to edit, or a new site ({@code index} < 0); null when no customer is shown. */
  public SiteForm siteForm(int index) {
    Customer360 c = selected.get();
    if (c == null) {
      return null;
    }
    return new SiteForm(ctx, replica, c.customer().id(), index < 0 || index >= c.sites().size() ? null : c.sites().get(index),
        userRegion, defaultCountry());
  }

  /** The shown customer's contact {@code index} to edit, or a new one ({@code index} < 0). */
  public ContactForm contactForm(int index) {
    Customer360 c = selected.get();
    if (c == null) {
      return null;
    }
    UUID site = c.sites().size() == 1 ? c.sites().get(0).id() : null;
    return new ContactForm(ctx, replica, c.customer().id(), site,
        index < 0 || index >= c.contacts().size() ? null : c.contacts().get(index));
  }

  /** The shown customer's machine {@code index} to edit, or a new one ({@code index} < 0); null without a site. */
  public EquipmentForm equipmentForm(int index) {
    Customer360 c = selected.get();
    if (c == null) {
      return null;
    }
    return new EquipmentForm(ctx, replica, c.customer().id(), c.sites(),
        index < 0 || index >= c.equipment().size() ? null : c.equipment().get(index).equipment());
  }

  /** After a form saved: the customer it belongs to is shown (a new one too), the list follows. */
  public void saved(UUID customerId) {
    find();
    open(customerId);
  }

  private String defaultCountry() {
    Customer360 c = selected.get();
    if (c != null && c.customer().billingAddress() != null && c.customer().billingAddress().countryCode() != null) {
      return c.customer().billingAddress().countryCode();
    }
    return msg.locale().getCountry();
  }

  /** Searches off the UI thread; only the answer to the latest text is shown. */
  public void find() {
    searched = true;
    long gen = ++searchGeneration;
    String text = search.get() == null ? "" : search.get().trim();
    ctx.tasks().run("search customers", () -> {
      replica.identity().user().ifPresent(u -> userRegion = u.region() == null ? "" : u.region());
      return byName(replica.customers().customers(text));
    }, rows -> {
      if (gen == searchGeneration) {
        results.setAll(rows);
      }
    }, e -> { });
  }

  private List<CustomerRow> byName(List<CustomerRow> rows) {
    List<CustomerRow> sorted = new java.util.ArrayList<>(rows);
    sorted.sort(Comparator.comparing(CustomerRow::name, msg.nameOrder()));
    return sorted;
  }

  public void open(UUID customerId) {
    ratings.load(customerId);
    ctx.tasks().run("load customer", () -> replica.customers().customer(customerId).orElse(null), this::show, e -> { });
  }

  void show(Customer360 c) {
    selected.set(c);
    if (c == null) {
      return;
    }
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale())
        .withZone(ZoneId.systemDefault());
    sites.setAll(c.sites().stream().map(s -> s.name() + " — " + address(s.address()) + " (" + s.timeZone() + ")").toList());
    contacts.setAll(c.contacts().stream().map(p -> p.name() + (p.jobTitle() == null ? "" : ", " + p.jobTitle())
        + " · " + nz(p.phone()) + " · " + nz(p.email())).toList());
    equipment.setAll(c.equipment().stream().map(e -> equipmentLine(e, date, when)).toList());
    contracts.setAll(c.contracts().stream().map(k -> k.contractNumber() + " · " + date.format(k.validFrom())
        + " – " + (k.validTo() == null ? "…" : date.format(k.validTo()))
        + " · " + msg.text("customer.contract.policy", c.slaPolicyNames().getOrDefault(k.slaPolicyId(),
            msg.text("customer.contract.policyUnknown")))).toList());
    openJobs.setAll(c.openWorkOrders());
    pastJobs.setAll(c.pastWorkOrders());
  }

  private String equipmentLine(EquipmentView e, DateTimeFormatter date, DateTimeFormatter when) {
    var q = e.equipment();
    StringBuilder b = new StringBuilder(nz(q.manufacturer()) + " " + nz(q.model()) + " · SN " + nz(q.serialNumber()));
    if (q.warrantyEnd() != null) {
      boolean ended = q.warrantyEnd().isBefore(java.time.LocalDate.now(ctx.clock()));
      b.append(" · ").append(msg.text(ended ? "customer.warrantyEnded" : "customer.warranty",
          date.format(q.warrantyEnd())));
    }
    e.history().stream().skip(Math.max(0, e.history().size() - 3))
        .forEach(h -> b.append("\n").append(when.format(h.occurredAt())).append("  ").append(nz(h.summary())));
    return b.toString();
  }

  private static String address(Address a) {
    return a == null ? "" : String.join(", ", List.of(nz(a.street()), (nz(a.postalCode()) + " " + nz(a.city())).trim()));
  }

  static String siteLabel(Site s) {
    return s.name();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObservableList<CustomerRow> results() {
    return results;
  }

  public ObjectProperty<Customer360> selectedProperty() {
    return selected;
  }

  public ObservableList<String> sites() {
    return sites;
  }

  public ObservableList<String> contacts() {
    return contacts;
  }

  public ObservableList<String> equipment() {
    return equipment;
  }

  public ObservableList<String> contracts() {
    return contracts;
  }

  public ObservableList<WorkOrderRow> openJobs() {
    return openJobs;
  }

  public ObservableList<WorkOrderRow> pastJobs() {
    return pastJobs;
  }

  public Messages messages() {
    return msg;
  }
}
