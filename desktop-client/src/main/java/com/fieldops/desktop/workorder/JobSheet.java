package com.fieldops.desktop.workorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fieldops.client.costs.CostsText;
import com.fieldops.client.history.ChecklistTicks;
import com.fieldops.client.history.EventAuthors;
import com.fieldops.client.task.LiveRefresh;
import com.fieldops.costs.CostLine;
import com.fieldops.costs.CostLineKind;
import com.fieldops.costs.CostProblem;
import com.fieldops.costs.JobCosts;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a job that come from the shared rules rather than its form: its checklists (items,
 * which are required, the values and notes entered, who completed the list), what it comes to
 * ({@code JobCostCalculator}: labour, parts at cost and at price, travel, totals in the job's currency,
 * amounts in the reader's locale), and the skill level it requires (checked against the technician's
 * level when assigning). Follows the job shown in the work-order view; reads and records off the UI thread.
 */
public final class JobSheet {
  private static final Logger LOG = LoggerFactory.getLogger(JobSheet.class);
  /** The levels a job may require; null: any level. */
  public static final List<Integer> LEVELS = java.util.Arrays.asList(null, 1, 2, 3, 4, 5);

  /** One cost line as the table shows it. */
  public record CostRow(String kind, String what, String quantity, String rate, String atCost, String charged) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ReadOnlyObjectProperty<WorkOrderDetail> detail;
  private final ObservableList<String> checklist = FXCollections.observableArrayList();
  private final StringProperty checklistSummary = new SimpleStringProperty("");
  private final ObservableList<CostRow> costLines = FXCollections.observableArrayList();
  private final ObservableList<String> costTotals = FXCollections.observableArrayList();
  private final ObservableList<String> costProblems = FXCollections.observableArrayList();
  private final StringProperty costSummary = new SimpleStringProperty("");
  private final ObjectProperty<Integer> skillLevel = new SimpleObjectProperty<>();
  private final StringProperty skillMessage = new SimpleStringProperty("");
  private final FieldErrors skillErrors = new FieldErrors(List.of("requiredSkillLevel"), skillMessage);
  private final LiveRefresh live;
  private UUID shownJob;
  private long generation;

  JobSheet(ConsoleContext ctx, Replica replica, ReadOnlyObjectProperty<WorkOrderDetail> detail) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.detail = detail;
    detail.addListener((o, a, b) -> {
      if (b == null || a == null || !a.id().equals(b.id())) {
        skillErrors.clear();
      }
      load();
    });
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityNames.of(Checklist.class), EntityTypes.TECHNICIAN,
        EntityTypes.PART), this::load);
  }

  void close() {
    live.close();
  }

  private record Read(UUID job, List<String> checklist, String checklistSummary, List<CostRow> costLines,
      List<String> totals, List<String> problems, String costSummary, Integer level) {}

  /** Reads the shown job's checklists and costs again. */
  public void load() {
    WorkOrderDetail d = detail.get();
    long gen = ++generation;
    if (d == null) {
      shownJob = null;
      checklist.clear();
      costLines.clear();
      costTotals.clear();
      costProblems.clear();
      return;
    }
    ctx.tasks().run("job checklist and costs", () -> read(d), r -> {
      if (gen != generation) {
        return;
      }
      shownJob = r.job();
      checklist.setAll(r.checklist());
      checklistSummary.set(r.checklistSummary());
      costLines.setAll(r.costLines());
      costTotals.setAll(r.totals());
      costProblems.setAll(r.problems());
      costSummary.set(r.costSummary());
      skillLevel.set(r.level());
    }, e -> costSummary.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private Read read(WorkOrderDetail d) {
    Map<UUID, String> technicians = new HashMap<>();
    Map<UUID, String> users = new HashMap<>();
    // technicians tick on the phone; anyone else known here (the signed-in office user) on the console
    Map<UUID, String> technicianUsers = new HashMap<>();
    for (TechnicianRow t : replica.identity().technicians()) {
      technicians.put(t.id(), t.name());
      if (t.technician().userId() != null) {
        users.put(t.technician().userId(), t.name());
        technicianUsers.put(t.technician().userId(), t.name());
      }
    }
    replica.identity().user().filter(u -> u.displayName() != null).ifPresent(u -> users.put(u.userId(), u.displayName()));
    java.time.ZoneId zone = d.row().siteZone() == null ? ctx.clock().getZone() : d.row().siteZone();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(zone);
    Map<UUID, String> office = new HashMap<>(users);
    office.keySet().removeAll(technicianUsers.keySet());
    ChecklistTicks ticks = new ChecklistTicks(msg, new EventAuthors(msg, technicianUsers, office), zone, ctx.clock());

    List<String> items = new ArrayList<>();
    int total = 0;
    int done = 0;
    int requiredOpen = 0;
    List<Checklist> lists = replica.workOrders().checklists(d.id());
    for (Checklist c : lists) {
      String completed = c.completedAt() == null ? "" : "  ·  " + msg.text("jobsheet.checklist.completedBy",
          users.getOrDefault(c.completedBy(), msg.text("partRequests.someone")), when.format(c.completedAt()));
      items.add(msg.text("jobsheet.checklist.title", c.title()) + completed);
      for (ChecklistItem i : c.items()) {
        total++;
        done += i.done() ? 1 : 0;
        requiredOpen += i.required() && !i.done() ? 1 : 0;
        String answer = i.answer() == null || i.answer().isBlank() ? ""
            : "  ·  " + i.answer() + (i.unit() == null || i.unit().isBlank() ? "" : " " + i.unit());
        items.add((i.done() ? "☑ " : "☐ ") + i.text() + (i.required() ? "  " + msg.text("jobsheet.checklist.required") : "")
            + answer + ticks.suffix(i));
      }
    }
    String summary = lists.isEmpty() ? msg.text("jobsheet.checklist.none")
        : msg.text("jobsheet.checklist.summary", done, total, requiredOpen);

    CostsText text = new CostsText(msg);
    List<CostRow> rows = new ArrayList<>();
    List<String> totals = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String costSummary;
    Optional<JobCosts> found = replica.workOrders().costs(d.id());
    if (found.isEmpty() || found.get().currency() == null) {
      costSummary = msg.text("jobsheet.costs.none");
    } else {
      JobCosts c = found.get();
      for (CostLine l : c.lines()) {
        boolean part = l.kind() == CostLineKind.PART;
        Part p = part ? d.parts().get(l.partId()) : null;
        String what = part ? (p == null ? msg.text("workorder.part.unknown", l.partId()) : p.sku() + " " + p.name())
            : technicians.getOrDefault(l.who(), msg.text("partRequests.someone"));
        rows.add(new CostRow(text.kind(l.kind()) + (l.billable() ? "" : " · " + msg.text("jobsheet.costs.notBillable")),
            what, part ? l.quantity().stripTrailingZeros().toPlainString() : text.hours(l.quantity()),
            text.money(l.unitRate()), part ? text.money(l.atCost()) : "", text.money(l.charged())));
      }
      totals.add(msg.text("jobsheet.costs.labour", text.money(c.labour()), text.hours(c.hours())));
      totals.add(msg.text("jobsheet.costs.travel", text.money(c.travel())));
      totals.add(msg.text("jobsheet.costs.parts", text.money(c.partsAtPrice()), text.money(c.partsAtCost())));
      totals.add(msg.text("jobsheet.costs.total", text.money(c.total())));
      for (CostProblem p : c.problems()) {
        // the part (by its number) or the technician the problem is about
        String subject = d.parts().containsKey(p.subject()) ? d.parts().get(p.subject()).sku()
            : technicians.getOrDefault(p.subject(), String.valueOf(p.subject()));
        problems.add(text.problem(p, subject));
      }
      costSummary = msg.text("jobsheet.costs.currency", c.currency().getCurrencyCode(),
          c.currency().getDisplayName(msg.locale()));
    }
    return new Read(d.id(), items, summary, rows, totals, problems, costSummary, d.workOrder().requiredSkillLevel());
  }

  /**
   * Records the chosen level on the job (an edit like any other field: the server's order decides). The
   * shared rule refuses a level on a job that names no skill; the refusal is shown under the picker.
   */
  public void setSkillLevel(Integer level) {
    WorkOrderDetail d = detail.get();
    if (d == null) {
      return;
    }
    skillErrors.clear();
    WorkOrder w = d.workOrder();
    if (java.util.Objects.equals(w.requiredSkillLevel(), level)) {
      skillMessage.set(msg.text("jobsheet.skill.unchanged"));
      return;
    }
    // the record's own rule (a level needs a skill, 1 to 5), judged here as the server will judge the edit
    WorkOrder edited = new WorkOrder(w.id(), w.number(), w.customerId(), w.siteId(), w.contactId(), w.equipmentId(),
        w.type(), w.priority(), w.status(), w.onHoldReason(), w.assigneeId(), w.requiredSkill(), w.region(),
        w.scheduledStart(), w.scheduledEnd(), w.problem(), w.resolution(), w.createdAt(), w.createdBy(), level);
    List<com.fieldops.common.validation.Violation> broken = com.fieldops.common.validation.Validators
        .validate(edited, ctx.locale()).stream().filter(v -> "requiredSkillLevel".equals(v.field())).toList();
    if (!broken.isEmpty()) {
      skillErrors.show(broken);
      return;
    }
    EditWorkOrder edit = new EditWorkOrder(List.of(new FieldEdit("requiredSkillLevel", node(w.requiredSkillLevel()),
        node(level))));
    ctx.tasks().run("set required skill level", () -> replica.record(w.id(), edit), o -> {
      if (o instanceof CommandOutcome.Refused refused) {
        skillErrors.show(refused);
        if (skillErrors.of("requiredSkillLevel").get().isEmpty() && skillMessage.get().isEmpty()) {
          skillMessage.set(refused.message());
        }
      } else {
        LOG.info("event=required_skill_level_set workOrder={} level={}", w.id(), level);
        skillMessage.set(level == null ? msg.text("jobsheet.skill.cleared")
            : msg.text("jobsheet.skill.saved", level, w.requiredSkill()));
      }
    }, e -> skillMessage.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private static JsonNode node(Integer v) {
    return v == null ? NullNode.instance : JsonNodeFactory.instance.numberNode(v);
  }

  public ObservableList<String> checklist() {
    return checklist;
  }

  public StringProperty checklistSummaryProperty() {
    return checklistSummary;
  }

  public ObservableList<CostRow> costLines() {
    return costLines;
  }

  public ObservableList<String> costTotals() {
    return costTotals;
  }

  public ObservableList<String> costProblems() {
    return costProblems;
  }

  public StringProperty costSummaryProperty() {
    return costSummary;
  }

  /** The level the job requires as last read (null: any). */
  public ObjectProperty<Integer> skillLevelProperty() {
    return skillLevel;
  }

  public StringProperty skillMessageProperty() {
    return skillMessage;
  }

  public StringProperty skillErrorProperty() {
    return skillErrors.of("requiredSkillLevel");
  }

  /** The job these lists are of (null: none yet). */
  public UUID shownJob() {
    return shownJob;
  }

  public Messages messages() {
    return msg;
  }
}
