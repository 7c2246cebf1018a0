package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.WorkOrder;
import java.util.Optional;

/** Photos and documents on a job: append-only records; who may see the job may add one. */
public final class AttachmentMutations {
  private AttachmentMutations() {}

  public static Outcome addAttachment(AddAttachment p, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(actor, wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (ctx.lookup().find(Attachment.class, p.attachmentId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "attachmentId",
          String.valueOf(p.attachmentId()));
    }
    if (p.kind() == AttachmentKind.PHOTO && !p.contentType().startsWith("image/")) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.photoNotImage", "contentType", p.contentType());
    }
    return Outcome.Applied.of(new Attachment(p.attachmentId(), wo.id(), p.kind(), p.fileName(), p.contentType(),
        p.sizeBytes(), p.sha256(), p.caption(), p.takenAt(), actor.userId(), ctx.occurredAt()));
  }
}
