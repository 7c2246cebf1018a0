package com.fieldops.desktop.equipment;

import com.fieldops.common.Ids;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.mutation.UpsertMaintenancePlan;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
 * A machine's maintenance plan as the dispatcher creates or edits it: every N days, weeks, months or
 * meter units, the visit's type, priority, skill and expected duration, the first due day, whether to
 * wait for the previous visit. Numbers and dates are read here; the rules are the shared model's (the
 * record's constraints, then {@code UpsertMaintenancePlan}: zero or negative interval, a meter plan on
 * a machine without a meter reading), each refusal next to its field. Records off the UI thread.
 *
 * <p>The checklist its jobs get is picked from the templates that apply to the plan's type or the
 * machine's model in the machine's region (read from the replica off the UI thread, again when the
 * type changes; only the newest read sets the choices), or none. A plan naming a template that no
 * longer applies (retired, another type) keeps it and shows it as such.
 */
public final class MaintenancePlanForm {
  private static final Logger LOG = LoggerFactory.getLogger(MaintenancePlanForm.class);
  /** The fields as the rules name them (the payload's {@code plan.}). */
  static final List<String> FIELDS = List.of("plan.name", "plan.scope", "plan.interval", "plan.every",
      "plan.meterUnit", "plan.workOrderType", "plan.priority", "plan.requiredSkill", "plan.expectedMinutes",
      "plan.startsOn", "plan.checklistTemplateId");

  /** One choice of the plan's checklist; {@code id} null: none. */
  public record TemplateChoice(UUID id, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final Runnable saved;
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<PlanScope> scope = new SimpleObjectProperty<>(PlanScope.MACHINE);
  private final ObjectProperty<PlanInterval> interval = new SimpleObjectProperty<>(PlanInterval.MONTHS);
  private final StringProperty every = new SimpleStringProperty("");
  private final StringProperty meterUnit = new SimpleStringProperty("");
  private final ObjectProperty<WorkOrderType> type = new SimpleObjectProperty<>(WorkOrderType.PREVENTIVE);
  private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.P4);
  private final StringProperty skill = new SimpleStringProperty("");
  private final StringProperty minutes = new SimpleStringProperty("");
  private final StringProperty startsOn = new SimpleStringProperty("");
  private final BooleanProperty waitForPrevious = new SimpleBooleanProperty(false);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty editable = new SimpleBooleanProperty(false);
  private final FieldErrors errors = new FieldErrors(FIELDS, message);
  private final ObservableList<TemplateChoice> templates = FXCollections.observableArrayList();
  private final ObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>();
  /** The template the plan names, as last chosen (null: none). */
  private UUID templateId;
  private long templatesGeneration;
  private UUID machineId;
  private MaintenancePlan editing;

  MaintenancePlanForm(ConsoleContext ctx, Replica replica, Runnable saved) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.saved = saved;
    templates.setAll(List.of(none()));
    type.addListener((o, a, b) -> loadTemplates());
    template.addListener((o, a, b) -> {
      if (b != null) {
        templateId = b.id();
      }
    });
  }

  private TemplateChoice none() {
    return new TemplateChoice(null, msg.text("plans.checklist.none"));
  }

  /** Reads the templates the plan may name for its machine and type, keeping the one chosen. */
  void loadTemplates() {
    long gen = ++templatesGeneration;
    UUID machine = machineId;
    WorkOrderType forType = type.get();
    UUID wanted = templateId;
    if (machine == null || forType == null) {
      templates.setAll(List.of(none()));
      template.set(templates.get(0));
      return;
    }
    ctx.tasks().run("plan checklist templates", () -> {
      List<TemplateChoice> choices = new java.util.ArrayList<>();
      choices.add(none());
      List<ChecklistTemplate> applying = replica.equipment().checklistTemplatesFor(machine, forType);
      applying.forEach(t -> choices.add(new TemplateChoice(t.id(), t.title())));
      if (wanted != null && applying.stream().noneMatch(t -> t.id().equals(wanted))) {
        // the plan's own template, though it no longer applies: shown as such, kept unless changed
        String title = replica.equipment().checklistTemplate(wanted).map(ChecklistTemplate::title)
            .orElse(String.valueOf(wanted));
        choices.add(new TemplateChoice(wanted, msg.text("plans.checklist.notApplying", title)));
      }
      return choices;
    }, choices -> {
      if (gen != templatesGeneration) {
        return;
      }
      UUID keep = templateId;
      templates.setAll(choices);
      template.set(choices.stream().filter(c -> java.util.Objects.equals(c.id(), keep)).findFirst()
          .orElse(choices.get(0)));
    }, e -> LOG.warn("event=plan_templates_unreadable error={}", e.toString()));
  }

  /** A new plan for the machine (null: no machine chosen, nothing to edit). */
  void startNew(UUID machine) {
    machineId = machine;
    editing = null;
    errors.clear();
    editable.set(machine != null);
    title.set(msg.text("plans.form.new"));
    name.set("");
    scope.set(PlanScope.MACHINE);
    interval.set(PlanInterval.MONTHS);
    every.set("12");
    meterUnit.set("");
    type.set(WorkOrderType.PREVENTIVE);
    priority.set(Priority.P4);
    skill.set("");
    minutes.set("120");
    startsOn.set(LocalDate.now(ctx.clock()).plusDays(7).toString());
    waitForPrevious.set(false);
    active.set(true);
    templateId = null;
    loadTemplates();
  }

  /** The plan to change, as it is stored. */
  void edit(MaintenancePlan p) {
    // the same plan read again (just saved) keeps its message; another one starts clean
    if (editing == null || !editing.id().equals(p.id())) {
      errors.clear();
    }
    machineId = p.equipmentId();
    editing = p;
    editable.set(true);
    title.set(msg.text("plans.form.edit", p.name()));
    name.set(p.name());
    scope.set(p.scope());
    interval.set(p.interval());
    every.set(String.valueOf(p.every()));
    meterUnit.set(p.meterUnit() == null ? "" : p.meterUnit());
    type.set(p.workOrderType());
    priority.set(p.priority());
    skill.set(p.requiredSkill() == null ? "" : p.requiredSkill());
    minutes.set(String.valueOf(p.expectedMinutes()));
    startsOn.set(p.startsOn() == null ? "" : p.startsOn().toString());
    waitForPrevious.set(p.waitForPrevious());
    active.set(p.active());
    templateId = p.checklistTemplateId();
    loadTemplates();
  }

  /** Checks and records the plan; each problem goes next to its field, nothing is recorded then. */
  public void save() {
    if (!editable.get()) {
      return;
    }
    errors.clear();
    Integer n = whole(every.get(), "plan.every");
    Integer m = whole(minutes.get(), "plan.expectedMinutes");
    LocalDate first = date(startsOn.get());
    if (n == null || m == null || (first == null && !startsOn.get().isBlank())) {
      return;
    }
    UUID id = editing == null ? Ids.newId() : editing.id();
    MaintenancePlan plan = new MaintenancePlan(id, machineId, scope.get(), editing == null ? null : editing.region(),
        editing == null ? null : editing.manufacturer(), editing == null ? null : editing.model(),
        name.get() == null ? "" : name.get().strip(), interval.get(), n, blankToNull(meterUnit.get()),
        editing == null ? null : editing.meterStart(), type.get(), priority.get(), blankToNull(skill.get()), m,
        templateId, first, waitForPrevious.get(), active.get());
    List<Violation> violations = Validators.validate(plan, ctx.locale(), ctx.clock());
    errors.show(violations, f -> "plan." + f);
    if (!violations.isEmpty()) {
      return;
    }
    boolean isNew = editing == null;
    ctx.tasks().run("save maintenance plan", () -> replica.record(id, new UpsertMaintenancePlan(plan)), o -> {
      if (o instanceof CommandOutcome.Refused refused) {
        errors.show(refused);
      } else {
        LOG.info("event=maintenance_plan_saved plan={} equipment={} interval={} every={} new={}", id, plan.equipmentId(),
            plan.interval(), plan.every(), isNew);
        editing = plan;
        title.set(msg.text("plans.form.edit", plan.name()));
        message.set(msg.text(isNew ? "plans.form.created" : "plans.form.saved", plan.name()));
        saved.run();
      }
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private Integer whole(String text, String field) {
    String t = text == null ? "" : text.strip();
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      errors.of(field).set(msg.text("plans.form.notWhole"));
      return null;
    }
  }

  private LocalDate date(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      errors.of("plan.startsOn").set(msg.text("plans.form.badDate"));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The checklists the plan may name, "none" first. */
  public ObservableList<TemplateChoice> templates() {
    return templates;
  }

  /** The chosen checklist ("none" is a choice with a null id). */
  public ObjectProperty<TemplateChoice> templateProperty() {
    return template;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<PlanScope> scopeProperty() {
    return scope;
  }

  public ObjectProperty<PlanInterval> intervalProperty() {
    return interval;
  }

  public StringProperty everyProperty() {
    return every;
  }

  public StringProperty meterUnitProperty() {
    return meterUnit;
  }

  public ObjectProperty<WorkOrderType> typeProperty() {
    return type;
  }

  public ObjectProperty<Priority> priorityProperty() {
    return priority;
  }

  public StringProperty skillProperty() {
    return skill;
  }

  public StringProperty minutesProperty() {
    return minutes;
  }

  public StringProperty startsOnProperty() {
    return startsOn;
  }

  public BooleanProperty waitForPreviousProperty() {
    return waitForPrevious;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty editableProperty() {
    return editable;
  }

  public StringProperty errorProperty(String field) {
    return errors.of(field);
  }
}
