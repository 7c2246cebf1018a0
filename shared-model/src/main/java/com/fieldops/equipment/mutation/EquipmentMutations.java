package com.fieldops.equipment.mutation;

import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import java.util.Optional;

/**
 * Equipment, created or replaced whole by the office of its site's region (or an admin).
 */
public final class EquipmentMutations {
  private EquipmentMutations() {}

  public static Outcome upsertEquipment(UpsertEquipment p, MutationContext ctx) {
    Equipment equipment = p.equipment();
    Optional<Rejection> common = Access.officeAndId(ctx, equipment.id(), "equipment.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    Optional<Site> site = ctx.lookup().find(Site.class, equipment.siteId());
    if (site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("equipment.siteId", "Site", equipment.siteId()));
    }
    if (!site.get().customerId().equals(equipment.customerId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.siteNotOfCustomer", "equipment.siteId");
    }
    if (!ctx.actor().managesRegion(site.get().region())) {
      return new Outcome.Rejected(Access.notFound("equipment.siteId", "Site", equipment.siteId()));
    }
    Optional<Equipment> before = ctx.lookup().find(Equipment.class, equipment.id());
    if (before.isPresent() && !before.get().siteId().equals(equipment.siteId())) {
      Optional<Site> oldSite = ctx.lookup().find(Site.class, before.get().siteId());
      if (oldSite.isPresent() && !ctx.actor().managesRegion(oldSite.get().region())) {
        return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "equipment.siteId",
            oldSite.get().region());
      }
    }
    return Outcome.Applied.of(equipment);
  }
}
