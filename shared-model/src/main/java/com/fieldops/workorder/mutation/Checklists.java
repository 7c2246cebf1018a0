package com.fieldops.workorder.mutation;

import com.fieldops.equipment.model.Equipment;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checklists (issue 13 item 7): templates per work-order type or equipment model, the job's
 * checklists made from them when it is created, items ticked with a value or a note, and the check
 * that completion leaves no required item open.
 */
public final class Checklists {
  private Checklists() {}

  /** A template, written whole by the office of its region or an admin (a template for all regions: admin). */
  public static Outcome upsertTemplate(UpsertChecklistTemplate p, MutationContext ctx) {
    ChecklistTemplate t = p.template();
    Optional<Rejection> common = Access.officeAndId(ctx, t.id(), "template.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (!ctx.actor().isAdmin() && (t.region() == null || !ctx.actor().managesRegion(t.region()))) {
      return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "template.region",
          t.region() == null ? "*" : t.region());
    }
    Optional<ChecklistTemplate> before = ctx.lookup().find(ChecklistTemplate.class, t.id());
    if (before.isPresent() && !ctx.actor().isAdmin()
        && (before.get().region() == null || !ctx.actor().managesRegion(before.get().region()))) {
      return new Outcome.Rejected(Access.notFound("template.id", "ChecklistTemplate", t.id()));
    }
    return Outcome.Applied.of(t);
  }

  /**
   * The checklists a new job gets: one per active template of its type or of its machine's model (of
   * its region or of every region), plus the one {@code namedTemplateId} names (a maintenance plan's).
   * Ids derive from the job and the template, so the server and the replica make the same ones.
   */
  static Optional<Rejection> forNewJob(EntityLookup db, WorkOrder wo, UUID namedTemplateId, List<Object> into) {
    Map<UUID, ChecklistTemplate> templates = new LinkedHashMap<>();
    if (namedTemplateId != null) {
      Optional<ChecklistTemplate> named = db.find(ChecklistTemplate.class, namedTemplateId)
          .filter(t -> t.region() == null || t.region().equals(wo.region()));
      if (named.isEmpty()) {
        return Optional.of(Access.notFound("checklistTemplateId", "ChecklistTemplate", namedTemplateId));
      }
      templates.put(named.get().id(), named.get());
    }
    String model = wo.equipmentId() == null ? null
        : db.find(Equipment.class, wo.equipmentId()).map(Equipment::model).orElse(null);
    List<ChecklistTemplate> candidates = new ArrayList<>(db.findAllBy(ChecklistTemplate.class, "workOrderType",
        wo.type()));
    if (model != null) {
      candidates.addAll(db.findAllBy(ChecklistTemplate.class, "equipmentModel", model));
    }
    for (ChecklistTemplate t : candidates) {
      if (t.appliesTo(wo.type(), model, wo.region())) {
        templates.putIfAbsent(t.id(), t);
      }
    }
    for (ChecklistTemplate t : templates.values()) {
      List<ChecklistItem> items = t.items().stream()
          .map(i -> new ChecklistItem(i.id(), i.text(), i.required(), false, null, i.answerKind(), i.unit())).toList();
      into.add(new Checklist(checklistId(wo.id(), t.id()), wo.id(), t.title(), items, null, null));
    }
    return Optional.empty();
  }

  /** The id of the checklist a job got from a template: the same wherever the job was created. */
  public static UUID checklistId(UUID workOrderId, UUID templateId) {
    return UUID.nameUUIDFromBytes(("checklist:" + workOrderId + ":" + templateId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Ticks or unticks an item, by the job's technician or its office, while the job is open. The answer
   * must fit the item: a value (required when ticking) only where it asks for a value, a note only where
   * it asks for a note; anything else is refused naming {@code value} or {@code note}.
   */
  public static Outcome tick(TickChecklistItem p, MutationContext ctx) {
    Optional<Checklist> list = ctx.lookup().find(Checklist.class, ctx.entityId());
    WorkOrder wo = list.flatMap(l -> ctx.lookup().find(WorkOrder.class, l.workOrderId())).orElse(null);
    if (wo == null || WorkOrderAccess.check(ctx.actor(), wo, wo.id()).isPresent()) {
      return new Outcome.Rejected(Access.notFound("entityId", "Checklist", ctx.entityId()));
    }
    if (!wo.status().isOpen()) {
      return Outcome.reject(Codes.TRANSITION_NOT_ALLOWED, "protocol.rejected.checklistJobFinished", "entityId",
          wo.label(), wo.status().name());
    }
    Checklist checklist = list.get();
    ChecklistItem item = checklist.items().stream().filter(i -> i.id().equals(p.itemId())).findFirst().orElse(null);
    if (item == null) {
      return Outcome.reject(Codes.NOT_FOUND, "protocol.rejected.checklistItemUnknown", "itemId",
          String.valueOf(p.itemId()), checklist.title());
    }
    String note = p.note() == null || p.note().isBlank() ? null : p.note().strip();
    if (p.value() != null && item.answerKind() != ChecklistAnswerKind.VALUE) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.checklistNoValue", "value", item.text());
    }
    if (note != null && item.answerKind() != ChecklistAnswerKind.NOTE) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.checklistNoNote", "note", item.text());
    }
    String answer = null;
    if (p.done() && item.answerKind() == ChecklistAnswerKind.VALUE) {
      if (p.value() == null) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.checklistValueRequired", "value", item.text(),
            item.unit() == null ? "" : item.unit());
      }
      answer = p.value().stripTrailingZeros().toPlainString();
    } else if (p.done() && item.answerKind() == ChecklistAnswerKind.NOTE) {
      if (note == null) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.checklistNoteRequired", "note", item.text());
      }
      answer = note;
    }
    if (item.done() == p.done() && java.util.Objects.equals(item.answer(), answer)) {
      return Outcome.reject(Codes.UNCHANGED, "protocol.rejected.checklistUnchanged", "done", item.text());
    }
    // who, on which device and when come from the session and the envelope, never from the payload
    ChecklistItem next = item.withState(p.done(), answer, ctx.actor().userId(), ctx.deviceId(), ctx.occurredAt());
    List<ChecklistItem> items = checklist.items().stream().map(i -> i.id().equals(item.id()) ? next : i).toList();
    return Outcome.Applied.of(new Checklist(checklist.id(), checklist.workOrderId(), checklist.title(), items, null,
        null));
  }

  /** The first required item left open on the job's checklists, as the refusal of its completion. */
  static Optional<Rejection> requiredItemsOpen(EntityLookup db, UUID workOrderId) {
    for (Checklist c : db.findAllBy(Checklist.class, "workOrderId", workOrderId)) {
      for (ChecklistItem i : c.items()) {
        if (i.required() && !i.done()) {
          return Optional.of(Rejection.of(Codes.INVALID, "protocol.rejected.checklistRequiredItemsOpen",
              "checklist.requiredItemsOpen", i.text(), c.title()));
        }
      }
    }
    return Optional.empty();
  }
}
