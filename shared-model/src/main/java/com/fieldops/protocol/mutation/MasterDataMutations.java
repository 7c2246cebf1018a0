package com.fieldops.protocol.mutation;

import com.fieldops.customer.mutation.UpsertContact;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.equipment.mutation.UpsertEquipment;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.Role;
import java.util.Optional;
import java.util.UUID;

/**
 * Customers, sites, contacts, equipment and technicians, created or replaced whole by office
 * staff. Region-bound records may only be written by the region's office (or an admin), and
 * a record may not be moved out of the writer's region.
 */
final class MasterDataMutations {
  private MasterDataMutations() {}

  static Outcome upsertCustomer(UpsertCustomer p, MutationContext ctx) {
    Optional<Rejection> common = officeAndId(ctx, p.customer().id(), "customer.id");
    return common.<Outcome>map(Outcome.Rejected::new).orElseGet(() -> Outcome.Applied.of(p.customer()));
  }

  static Outcome upsertSite(UpsertSite p, MutationContext ctx) {
    Site site = p.site();
    Optional<Rejection> common = officeAndId(ctx, site.id(), "site.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (ctx.lookup().find(Customer.class, site.customerId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("site.customerId", "Customer", site.customerId()));
    }
    Optional<Site> before = ctx.lookup().find(Site.class, site.id());
    if (!ctx.actor().managesRegion(site.region())
        || before.isPresent() && !ctx.actor().managesRegion(before.get().region())) {
      return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "site.region", site.region());
    }
    return Outcome.Applied.of(site);
  }

  static Outcome upsertContact(UpsertContact p, MutationContext ctx) {
    Contact contact = p.contact();
    Optional<Rejection> common = officeAndId(ctx, contact.id(), "contact.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (ctx.lookup().find(Customer.class, contact.customerId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("contact.customerId", "Customer", contact.customerId()));
    }
    if (contact.siteId() != null) {
      Optional<Site> site = ctx.lookup().find(Site.class, contact.siteId());
      if (site.isEmpty()) {
        return new Outcome.Rejected(Access.notFound("contact.siteId", "Site", contact.siteId()));
      }
      if (!site.get().customerId().equals(contact.customerId())) {
        return Outcome.reject(Codes.MISMATCH, "protocol.rejected.siteNotOfCustomer", "contact.siteId");
      }
    }
    return Outcome.Applied.of(contact);
  }

  static Outcome upsertEquipment(UpsertEquipment p, MutationContext ctx) {
    Equipment equipment = p.equipment();
    Optional<Rejection> common = officeAndId(ctx, equipment.id(), "equipment.id");
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

  /** Technicians are managed by admins and by supervisors of their region. */
  static Outcome upsertTechnician(UpsertTechnician p, MutationContext ctx) {
    Technician tech = p.technician();
    Actor actor = ctx.actor();
    Optional<Rejection> common = officeAndId(ctx, tech.id(), "technician.id");
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

  private static Optional<Rejection> officeAndId(MutationContext ctx, UUID recordId, String idField) {
    if (!(ctx.actor().isAdmin() || ctx.actor().isOffice())) {
      return Optional.of(Access.forbidden());
    }
    if (ctx.entityId() == null || !ctx.entityId().equals(recordId)) {
      return Optional.of(Rejection.of(Codes.MISMATCH, "protocol.rejected.idMismatch", idField));
    }
    return Optional.empty();
  }
}
