package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.Optional;
import java.util.UUID;

/** Append-only history items of a work order: they never conflict, they only need access. */
final class HistoryMutations {
  private HistoryMutations() {}

  static Outcome addNote(AddNote p, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = Access.checkWorkOrder(actor, wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (ctx.lookup().find(Note.class, p.noteId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "noteId", String.valueOf(p.noteId()));
    }
    Note note = new Note(p.noteId(), wo.id(), actor.userId(), p.text(), p.visibleToCustomer(), ctx.occurredAt());
    Object event = new WorkOrderEvent.NoteAdded(ctx.derivedId(0), wo.id(), actor.userId(), ctx.deviceId(),
        ctx.occurredAt(), ctx.now(), note.id());
    return Outcome.Applied.of(note, event);
  }

  static Outcome addTimeEntry(AddTimeEntry p, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = Access.checkWorkOrder(actor, wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    UUID technicianId = p.technicianId();
    if (actor.isTechnician()) {
      if (technicianId != null && !technicianId.equals(actor.technicianId())) {
        return new Outcome.Rejected(Access.forbidden());
      }
      technicianId = actor.technicianId();
    } else if (technicianId == null) {
      return Outcome.reject(Codes.INVALID, "timeentry.technician.required", "technicianId");
    }
    Optional<Technician> tech = ctx.lookup().find(Technician.class, technicianId);
    if (tech.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("technicianId", "Technician", technicianId));
    }
    if (ctx.lookup().find(TimeEntry.class, p.timeEntryId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "timeEntryId",
          String.valueOf(p.timeEntryId()));
    }
    return Outcome.Applied.of(new TimeEntry(p.timeEntryId(), wo.id(), technicianId, p.kind(), p.start(), p.end(),
        p.billable(), p.comment()));
  }
}
