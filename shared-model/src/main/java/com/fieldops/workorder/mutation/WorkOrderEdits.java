package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.protocol.mutation.LostEdit;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.workflow.WorkOrderWorkflow;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Plain field edits, resolved per field in server order: an edit whose {@code from} no longer
 * matches the server's value lost to an edit that got there first; the other fields still apply,
 * and the lost ones are reported to the author in the mutation's result.
 */
public final class WorkOrderEdits {
  /** Fields office staff may edit; status, assignee, region, number have their own mutations. */
  static final Set<String> EDITABLE = Set.of("problem", "resolution", "priority", "type", "requiredSkill",
      "requiredSkillLevel", "scheduledStart", "scheduledEnd", "contactId", "equipmentId");
  /** What a technician may edit on their own job. */
  static final Set<String> TECHNICIAN_EDITABLE = Set.of("problem", "resolution", "contactId", "equipmentId");

  private static final Map<String, RecordComponent> COMPONENTS = Stream.of(WorkOrder.class.getRecordComponents())
      .collect(Collectors.toMap(RecordComponent::getName, Function.identity()));

  private WorkOrderEdits() {}

  public static Outcome edit(EditWorkOrder p, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(actor, wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (!WorkOrderWorkflow.isEditable(wo.status())) {
      return Outcome.reject(Codes.NOT_EDITABLE, "protocol.rejected.finishedRecord", "status", wo.label());
    }
    Set<String> editable = actor.isTechnician() ? TECHNICIAN_EDITABLE : EDITABLE;
    WorkOrder running = wo;
    List<Object> events = new ArrayList<>();
    List<LostEdit> lost = new ArrayList<>();
    for (int i = 0; i < p.edits().size(); i++) {
      FieldEdit e = p.edits().get(i);
      String at = "edits[" + i + "]";
      if (!editable.contains(e.field())) {
        return Outcome.reject(Codes.NOT_EDITABLE, "protocol.rejected.notEditable", at + ".field", e.field());
      }
      RecordComponent rc = COMPONENTS.get(e.field());
      Object current = read(rc, running);
      Object from;
      Object to;
      try {
        from = valueOf(rc, e.from());
        to = valueOf(rc, e.to());
      } catch (JsonProcessingException | IllegalArgumentException bad) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.editValue", at, e.field());
      }
      if (!Objects.equals(current, from)) {
        if (!Objects.equals(current, to)) {
          lost.add(new LostEdit(e.field(), display(to), display(current)));
        }
        continue;
      }
      if (Objects.equals(current, to)) {
        continue;
      }
      ObjectNode tree = Json.mapper().valueToTree(running);
      tree.set(e.field(), e.to() == null ? NullNode.getInstance() : e.to());
      try {
        running = Json.mapper().treeToValue(tree, WorkOrder.class);
      } catch (JsonProcessingException | IllegalArgumentException bad) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.editValue", at, e.field());
      }
      int n = events.size();
      if (rc.getName().equals("priority")) {
        events.add(new WorkOrderEvent.PriorityChanged(ctx.derivedId(n), wo.id(), actor.userId(), ctx.deviceId(),
            ctx.occurredAt(), ctx.now(), (Priority) current, (Priority) to, null));
      } else {
        events.add(new WorkOrderEvent.FieldEdited(ctx.derivedId(n), wo.id(), actor.userId(), ctx.deviceId(),
            ctx.occurredAt(), ctx.now(), e.field(), display(current), display(to), null));
      }
    }
    if (events.isEmpty()) {
      if (!lost.isEmpty()) {
        return Outcome.reject(Codes.EDIT_CONFLICT, "protocol.rejected.editLost", lost.get(0).field(),
            lost.stream().map(LostEdit::field).collect(Collectors.joining(", ")));
      }
      return Outcome.reject(Codes.UNCHANGED, "protocol.rejected.nothingChanged", "edits");
    }
    Optional<Rejection> refs = WorkOrderMutations.checkContactAndEquipment(ctx.lookup(), running.customerId(),
        running.siteId(), changed(wo.contactId(), running.contactId()), changed(wo.equipmentId(), running.equipmentId()));
    if (refs.isPresent()) {
      return new Outcome.Rejected(refs.get());
    }
    List<Object> writes = new ArrayList<>();
    writes.add(running);
    writes.addAll(events);
    return new Outcome.Applied(writes, lost);
  }

  private static <T> T changed(T before, T after) {
    return Objects.equals(before, after) ? null : after;
  }

  private static Object read(RecordComponent rc, WorkOrder wo) {
    try {
      return rc.getAccessor().invoke(wo);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object valueOf(RecordComponent rc, JsonNode node) throws JsonProcessingException {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return Json.mapper().treeToValue(node, rc.getType());
  }

  private static String display(Object value) {
    return value == null ? null : value.toString();
  }
}
