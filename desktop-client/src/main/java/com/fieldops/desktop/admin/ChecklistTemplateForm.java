package com.fieldops.desktop.admin;

import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import java.util.ArrayList;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One checklist template as the office edits it: title, what it applies to (a work-order type or
 * an equipment model), region, items (text, required, what the answer is, unit of a reading) and
 * whether it is active. The rules are the template's own (checked in the console's language) and
 * the replica's permission check; each message goes next to its field (the rule's field names) and
 * nothing is recorded until all are fine. Saved as {@code UpsertChecklistTemplate} through the
 * replica: it works offline and reaches the server with the next push.
 */
public final class ChecklistTemplateForm {
  private static final Logger LOG = LoggerFactory.getLogger(ChecklistTemplateForm.class);
  /** The region choice meaning "every region" (only an administrator has it). */
  public static final String ALL_REGIONS = "";
  /** The message places, named as the template's rules name its fields. */
  static final List<String> FIELDS = List.of("title", "workOrderType", "equipmentModel", "region", "items");

  /** What a template is for. */
  public enum Target { WORK_ORDER_TYPE, EQUIPMENT_MODEL }

  /** One item being edited. */
  public static final class ItemRow {
    final UUID id;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty(false);
    private final ObjectProperty<ChecklistAnswerKind> answerKind = new SimpleObjectProperty<>(ChecklistAnswerKind.NONE);
    private final StringProperty unit = new SimpleStringProperty("");

    ItemRow(UUID id) {
      this.id = id;
    }

    public StringProperty textProperty() {
      return text;
    }

    public BooleanProperty requiredProperty() {
      return required;
    }

    public ObjectProperty<ChecklistAnswerKind> answerKindProperty() {
      return answerKind;
    }

    public StringProperty unitProperty() {
      return unit;
    }
  }

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final UUID id;
  private final boolean creating;
  private final List<String> regions;
  private final StringProperty title = new SimpleStringProperty("");
  private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.WORK_ORDER_TYPE);
  private final ObjectProperty<WorkOrderType> workOrderType = new SimpleObjectProperty<>();
  private final StringProperty equipmentModel = new SimpleStringProperty("");
  private final StringProperty region = new SimpleStringProperty(ALL_REGIONS);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final FieldErrors errors = new FieldErrors(FIELDS, message);

  /**
   * {@code existing} null: a new template. {@code regions}: the regions this user may give it, with
   * {@link #ALL_REGIONS} first for an administrator (a dispatcher: only their own).
   */
  public ChecklistTemplateForm(ConsoleContext ctx, Replica replica, ChecklistTemplate existing, List<String> regions) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.creating = existing == null;
    this.id = existing == null ? UUID.randomUUID() : existing.id();
    this.regions = List.copyOf(regions);
    if (existing == null) {
      region.set(regions.isEmpty() ? ALL_REGIONS : regions.get(regions.size() > 1 ? 1 : 0));
      workOrderType.set(WorkOrderType.PREVENTIVE);
      addItem();
    } else {
      title.set(existing.title());
      target.set(existing.equipmentModel() != null && !existing.equipmentModel().isBlank()
          ? Target.EQUIPMENT_MODEL : Target.WORK_ORDER_TYPE);
      workOrderType.set(existing.workOrderType());
      equipmentModel.set(existing.equipmentModel() == null ? "" : existing.equipmentModel());
      region.set(existing.region() == null ? ALL_REGIONS : existing.region());
      active.set(existing.active());
      for (ChecklistTemplate.Item i : existing.items()) {
        ItemRow r = new ItemRow(i.id());
        r.text.set(i.text());
        r.required.set(i.required());
        r.answerKind.set(i.answerKind());
        r.unit.set(i.unit() == null ? "" : i.unit());
        items.add(r);
      }
    }
  }

  public ItemRow addItem() {
    ItemRow r = new ItemRow(UUID.randomUUID());
    items.add(r);
    return r;
  }

  public void removeItem(int index) {
    if (index >= 0 && index < items.size()) {
      items.remove(index);
    }
  }

  /** Moves the item at {@code index} by {@code by} places (-1 up, +1 down); the index it has then. */
  public int moveItem(int index, int by) {
    int to = index + by;
    if (index < 0 || index >= items.size() || to < 0 || to >= items.size()) {
      return index;
    }
    ItemRow r = items.remove(index);
    items.add(to, r);
    return to;
  }

  /** The template as typed: only the chosen target is kept, a unit only where a value is asked for. */
  ChecklistTemplate build() {
    List<ChecklistTemplate.Item> list = new ArrayList<>();
    for (ItemRow r : items) {
      list.add(new ChecklistTemplate.Item(r.id, blankToNull(r.text.get()), r.required.get(), r.answerKind.get(),
          r.answerKind.get() == ChecklistAnswerKind.VALUE ? blankToNull(r.unit.get()) : null));
    }
    boolean byType = target.get() == Target.WORK_ORDER_TYPE;
    return new ChecklistTemplate(id, blankToNull(title.get()), byType ? workOrderType.get() : null,
        byType ? null : blankToNull(equipmentModel.get()), blankToNull(region.get()), list, active.get());
  }

  /** Where a message of the rules or of the replica goes: {@code template.items[1].unit} goes to "items". */
  String fieldOf(String field) {
    if (field == null) {
      return null;
    }
    String f = field.startsWith("template.") ? field.substring("template.".length()) : field;
    int cut = f.indexOf('[') >= 0 ? f.indexOf('[') : f.indexOf('.');
    f = cut >= 0 ? f.substring(0, cut) : f;
    if (f.equals("workOrderType") && target.get() == Target.EQUIPMENT_MODEL) {
      return "equipmentModel";
    }
    return f;
  }

  /** Checks the template with its rules; the messages go next to their fields. The template, or null. */
  public ChecklistTemplate validated() {
    errors.clear();
    ChecklistTemplate t = build();
    List<Violation> found = Validators.validate(t, ctx.locale());
    errors.show(found, this::fieldOf);
    return found.isEmpty() ? t : null;
  }

  /** Validates, then records off the UI thread; {@code saved} gets the template's id once recorded. */
  public void save(Consumer<UUID> saved) {
    if (busy.get()) {
      return;
    }
    ChecklistTemplate t = validated();
    if (t == null) {
      LOG.info("event=checklisttemplate.refused id={} reason=rules", id);
      return;
    }
    busy.set(true);
    ctx.tasks().run("save checklist template", () -> replica.record(id, new UpsertChecklistTemplate(t)), outcome -> {
      busy.set(false);
      LOG.info("event=checklisttemplate.{} id={} items={} outcome={}", creating ? "create" : "edit", id,
          t.items().size(), outcome.isRecorded() ? "recorded" : "refused");
      if (outcome instanceof CommandOutcome.Refused r) {
        errors.show(List.of(new Violation(r.field(), r.message())), this::fieldOf);
      } else {
        saved.accept(id);
      }
    }, e -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The message next to {@code field} ("" when none). */
  public StringProperty error(String field) {
    return errors.of(field);
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public StringProperty titleProperty() {
    return title;
  }

  public ObjectProperty<Target> targetProperty() {
    return target;
  }

  public ObjectProperty<WorkOrderType> workOrderTypeProperty() {
    return workOrderType;
  }

  public StringProperty equipmentModelProperty() {
    return equipmentModel;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public BooleanProperty activeProperty() {
    return active;
  }

  public ObservableList<ItemRow> items() {
    return items;
  }

  public List<String> regions() {
    return regions;
  }

  public UUID id() {
    return id;
  }

  public boolean creating() {
    return creating;
  }

  public Messages messages() {
    return msg;
  }
}
