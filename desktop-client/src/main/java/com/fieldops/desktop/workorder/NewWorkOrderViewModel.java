package com.fieldops.desktop.workorder;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.masterdata.NewCallerForm;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.customer.model.Site;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.TechnicianRow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A new work order: customer, site, equipment, type, priority, problem, required skill, optional
 * technician and schedule. The field rules are the domain's (Bean Validation on the work order it
 * would create); a message goes next to each field and nothing is recorded until all are fine.
 * Choices load off the UI thread from the replica; creating records a mutation (works offline).
 */
public final class NewWorkOrderViewModel {
  /** Field names as the domain's messages name them. */
  static final List<String> FIELDS = List.of("customerId", "siteId", "equipmentId", "type", "priority", "problem",
      "requiredSkill", "assigneeId", "scheduledStart", "scheduledEnd");

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;

  private final ObservableList<CustomerRow> customers = FXCollections.observableArrayList();
  private final ObservableList<Site> sites = FXCollections.observableArrayList();
  private final ObservableList<EquipmentView> equipment = FXCollections.observableArrayList();
  private final ObservableList<TechnicianRow> technicians = FXCollections.observableArrayList();
  private final ObjectProperty<CustomerRow> customer = new SimpleObjectProperty<>();
  private final ObjectProperty<Site> site = new SimpleObjectProperty<>();
  private final ObjectProperty<EquipmentView> equipmentChoice = new SimpleObjectProperty<>();
  private final ObjectProperty<WorkOrderType> type = new SimpleObjectProperty<>(WorkOrderType.REPAIR);
  private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.P3);
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty requiredSkill = new SimpleStringProperty("");
  private final ObjectProperty<TechnicianRow> assignee = new SimpleObjectProperty<>();
  private final StringProperty scheduledStart = new SimpleStringProperty("");
  private final StringProperty scheduledEnd = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(FIELDS, message);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public NewWorkOrderViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    customer.addListener((o, a, c) -> loadCustomer(c));
    site.addListener((o, a, s) -> {
      equipmentChoice.set(null);
      refreshEquipment();
    });
  }

  /** Loads customers and technicians (off the UI thread). */
  public void load() {
    ctx.tasks().run("new work order choices", () -> new Choices(replica.customers().customers("").stream()
        .sorted(Comparator.comparing(CustomerRow::name, msg.nameOrder())).toList(), replica.identity().technicians(),
        replica.identity().user().orElse(null)), c -> {
      user = c.user();
      customers.setAll(c.customers());
      technicians.setAll(c.technicians().stream().filter(t -> t.technician().active()).toList());
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  /** A caller not yet known: their customer, site and contact, to record before the job. */
  public NewCallerForm newCallerForm() {
    return new NewCallerForm(ctx, replica, user == null || user.region() == null ? "" : user.region(),
        msg.locale().getCountry());
  }

  /** After the caller's customer and site were recorded: the form goes on with them chosen. */
  public void continueWith(UUID customerId, UUID siteId) {
    ctx.tasks().run("new caller chosen", () -> replica.customers().customers("").stream()
        .sorted(Comparator.comparing(CustomerRow::name, msg.nameOrder())).toList(), rows -> {
          customers.setAll(rows);
          rows.stream().filter(r -> r.id().equals(customerId)).findFirst().ifPresent(customer::set);
        }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Choices(List<CustomerRow> customers, List<TechnicianRow> technicians, ReplicaUser user) {}

  /** Who records the job (read with the choices, off the UI thread). */
  private ReplicaUser user;

  private Customer360 loaded;

  private void loadCustomer(CustomerRow c) {
    site.set(null);
    sites.clear();
    equipment.clear();
    loaded = null;
    if (c == null) {
      return;
    }
    ctx.tasks().run("customer sites", () -> replica.customers().customer(c.id()).orElse(null), full -> {
      if (full == null || customer.get() == null || !customer.get().id().equals(full.id())) {
        return;
      }
      loaded = full;
      sites.setAll(full.sites());
      if (full.sites().size() == 1) {
        site.set(full.sites().get(0));
      }
      refreshEquipment();
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private void refreshEquipment() {
    Site s = site.get();
    if (loaded == null || s == null) {
      equipment.clear();
      return;
    }
    equipment.setAll(loaded.equipment().stream().filter(e -> s.id().equals(e.equipment().siteId())).toList());
  }

  /** The zone times are typed in: the site's, else the console's. */
  public ZoneId zone() {
    return site.get() != null && site.get().timeZone() != null ? site.get().timeZone() : ctx.clock().getZone();
  }

  /** Checks every field; each problem goes next to its field. True when all are fine. */
  public boolean validate() {
    errors.clear();
    Instant start = parse(scheduledStart.get(), "scheduledStart");
    Instant end = parse(scheduledEnd.get(), "scheduledEnd");
    boolean ok = !errors.has("scheduledStart") && !errors.has("scheduledEnd");
    UUID userId = user == null ? new UUID(0, 0) : user.userId();
    String region = site.get() != null ? site.get().region() : user == null ? "-" : user.region();
    TechnicianRow tech = assignee.get();
    WorkOrder draft = new WorkOrder(UUID.randomUUID(), null, id(customer.get()), site.get() == null ? null : site.get().id(),
        null, equipmentChoice.get() == null ? null : equipmentChoice.get().equipment().id(), type.get(), priority.get(),
        tech == null ? WorkOrderStatus.NEW : WorkOrderStatus.ASSIGNED, null, tech == null ? null : tech.id(),
        blankToNull(requiredSkill.get()), region == null || region.isBlank() ? "-" : region, start, end,
        problem.get() == null ? null : problem.get().strip(), null, ctx.clock().instant(), userId);
    List<Violation> violations = Validators.validate(draft, ctx.locale());
    errors.show(violations, field -> "region".equals(field) ? "siteId" : field);
    return ok && violations.isEmpty();
  }

  /** Validates, then records the work order off the UI thread; {@code created} gets its id. */
  public void create(Consumer<UUID> created) {
    if (busy.get() || !validate()) {
      return;
    }
    NewWorkOrder draft = new NewWorkOrder(id(customer.get()), site.get().id(), null,
        equipmentChoice.get() == null ? null : equipmentChoice.get().equipment().id(), type.get(), priority.get(),
        problem.get().strip(), blankToNull(requiredSkill.get()), parse(scheduledStart.get(), "scheduledStart"),
        parse(scheduledEnd.get(), "scheduledEnd"), assignee.get() == null ? null : assignee.get().id());
    busy.set(true);
    ctx.tasks().run("create work order", () -> replica.workOrders().createWorkOrder(draft), outcome -> {
      busy.set(false);
      if (outcome instanceof CommandOutcome.Recorded r) {
        created.accept(r.entityId());
      } else if (outcome instanceof CommandOutcome.Refused r) {
        errors.show(r);
      }
    }, e -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  private Instant parse(String text, String field) {
    return errors.dateTime(text, field, WorkOrderViewModel.INPUT, zone(), msg.text("workorder.field.schedule.invalid"));
  }

  private static UUID id(CustomerRow c) {
    return c == null ? null : c.id();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public StringProperty error(String field) {
    return errors.of(field);
  }

  public ObservableList<CustomerRow> customers() {
    return customers;
  }

  public ObservableList<Site> sites() {
    return sites;
  }

  public ObservableList<EquipmentView> equipment() {
    return equipment;
  }

  public ObservableList<TechnicianRow> technicians() {
    return technicians;
  }

  public ObjectProperty<CustomerRow> customerProperty() {
    return customer;
  }

  public ObjectProperty<Site> siteProperty() {
    return site;
  }

  public ObjectProperty<EquipmentView> equipmentProperty() {
    return equipmentChoice;
  }

  public ObjectProperty<WorkOrderType> typeProperty() {
    return type;
  }

  public ObjectProperty<Priority> priorityProperty() {
    return priority;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public StringProperty requiredSkillProperty() {
    return requiredSkill;
  }

  public ObjectProperty<TechnicianRow> assigneeProperty() {
    return assignee;
  }

  public StringProperty scheduledStartProperty() {
    return scheduledStart;
  }

  public StringProperty scheduledEndProperty() {
    return scheduledEnd;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public Messages messages() {
    return msg;
  }
}
