package com.fieldops.identity.mutation;

import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import java.util.Optional;

/**
 * Technicians, created or replaced whole by admins and by supervisors of their region.
 */
public final class TechnicianMutations {
  private TechnicianMutations() {}

  /** Technicians are managed by admins and by supervisors of their region. */
  public static Outcome upsertTechnician(UpsertTechnician p, MutationContext ctx) {
    Technician tech = p.technician();
    Actor actor = ctx.actor();
    Optional<Rejection> common = Access.officeAndId(ctx, tech.id(), "technician.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (!(actor.isAdmin() || actor.role() == Role.SUPERVISOR)) {
      return new Outcome.Rejected(Access.forbidden());
    }
    Optional<Technician> before = ctx.lookup().find(Technician.class, tech.id());
    if (!actor.managesRegion(tech.region())
        || before.isPresent() && !actor.managesRegion(before.get().region())) {
      return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "technician.region", tech.region());
    }
    return Outcome.Applied.of(tech);
  }
}
