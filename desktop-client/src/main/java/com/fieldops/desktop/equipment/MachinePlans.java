package com.fieldops.desktop.equipment;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.PlanView;
import com.fieldops.stock.replica.StockReplica;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen machine's maintenance plans (its own and those for its model in its region, each with
 * its next visit) to pick and edit or to add to, and the serialized parts installed in it with the
 * job that fitted them. Follows the machine shown on the equipment screen; reads off the UI thread.
 */
public final class MachinePlans {
  /** A plan as the list shows it. */
  public record PlanLine(MaintenancePlan plan, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ReadOnlyObjectProperty<EquipmentView> machine;
  private final ObservableList<PlanLine> plans = FXCollections.observableArrayList();
  private final ObservableList<String> serials = FXCollections.observableArrayList();
  private final ObjectProperty<PlanLine> chosen = new SimpleObjectProperty<>();
  private final MaintenancePlanForm form;
  private final LiveRefresh live;
  private UUID shownMachine;
  private long generation;

  MachinePlans(ConsoleContext ctx, Replica replica, ReadOnlyObjectProperty<EquipmentView> machine) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.machine = machine;
    this.form = new MaintenancePlanForm(ctx, replica, this::load);
    machine.addListener((o, a, b) -> {
      if (b == null || a == null || !a.id().equals(b.id())) {
        chosen.set(null);
        form.startNew(b == null ? null : b.id());
      }
      load();
    });
    chosen.addListener((o, a, b) -> {
      if (b != null) {
        form.edit(b.plan());
      }
    });
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityNames.of(MaintenancePlan.class),
        EntityNames.of(PlannedVisit.class), EntityTypes.STOCK_MOVEMENT, EntityTypes.WORK_ORDER), this::load);
  }

  void close() {
    live.close();
  }

  /** A new plan for the machine shown. */
  public void newPlan() {
    chosen.set(null);
    EquipmentView m = machine.get();
    form.startNew(m == null ? null : m.id());
  }

  private record Read(UUID machine, List<PlanLine> plans, List<String> serials) {}

  /** Reads the machine's plans and installed serials again. */
  public void load() {
    EquipmentView m = machine.get();
    long gen = ++generation;
    if (m == null) {
      plans.clear();
      serials.clear();
      shownMachine = null;
      return;
    }
    ctx.tasks().run("machine plans and serials", () -> read(m.id()), r -> {
      if (gen != generation) {
        return;
      }
      shownMachine = r.machine();
      plans.setAll(r.plans());
      serials.setAll(r.serials());
      PlanLine was = chosen.get();
      if (was != null) {
        chosen.set(r.plans().stream().filter(p -> p.plan().id().equals(was.plan().id())).findFirst().orElse(null));
      }
    }, e -> { });
  }

  private Read read(UUID id) {
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    List<PlanLine> lines = new ArrayList<>();
    for (PlanView v : replica.equipment().plans(id)) {
      MaintenancePlan p = v.plan();
      String every = p.interval() == PlanInterval.METER
          ? msg.text("plans.every.METER", p.every(), p.meterUnit() == null ? "" : p.meterUnit())
          : msg.text("plans.every." + p.interval().name(), p.every());
      String next = v.upcoming().isEmpty() ? msg.text("plans.next.none")
          : msg.text("plans.next", v.upcoming().get(0).visit().dueOn() == null ? "—"
              : date.format(v.upcoming().get(0).visit().dueOn()),
              v.upcoming().get(0).workOrder() == null ? "…" : v.upcoming().get(0).workOrder().label());
      lines.add(new PlanLine(p, p.name() + (p.active() ? "" : "  ·  " + msg.text("plans.inactive"))
          + (p.scope() == PlanScope.MODEL ? "  ·  " + msg.text("plans.scope.MODEL") : "") + "\n"
          + every + "  ·  " + msg.text("type." + p.workOrderType().name()) + "  ·  " + p.priority().name()
          + (p.requiredSkill() == null ? "" : "  ·  " + p.requiredSkill())
          + "  ·  " + msg.text("plans.minutes", p.expectedMinutes())
          + (p.waitForPrevious() ? "  ·  " + msg.text("plans.waits") : "") + "\n" + next));
    }
    List<String> fitted = new ArrayList<>();
    for (StockReplica.SerialStep s : replica.stock().serialsInstalledIn(id)) {
      String job = s.workOrderId() == null ? "" : replica.workOrders().workOrder(s.workOrderId())
          .map(d -> d.workOrder().label()).orElse("");
      fitted.add("SN " + s.serialNumber() + "  ·  " + (s.part() == null ? "?" : s.part().sku() + " " + s.part().name())
          + "\n" + msg.text("plans.serial.fitted", when.format(s.movement().occurredAt()), job));
    }
    return new Read(id, lines, fitted);
  }

  public ObservableList<PlanLine> plans() {
    return plans;
  }

  public ObservableList<String> serials() {
    return serials;
  }

  public ObjectProperty<PlanLine> chosenProperty() {
    return chosen;
  }

  public MaintenancePlanForm form() {
    return form;
  }

  /** The machine these lists are of (null: none yet). */
  public UUID shownMachine() {
    return shownMachine;
  }

  public Messages messages() {
    return msg;
  }
}
