package com.fieldops.customer.mutation;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import java.util.Optional;

/**
 * Customers, sites and contacts, created or replaced whole by office staff. Sites are bound to a
 * region: only the region's office (or an admin) writes one, and may not move it out of its region.
 */
public final class CustomerMutations {
  private CustomerMutations() {}

  public static Outcome upsertCustomer(UpsertCustomer p, MutationContext ctx) {
    Optional<Rejection> common = Access.officeAndId(ctx, p.customer().id(), "customer.id");
    return common.<Outcome>map(Outcome.Rejected::new).orElseGet(() -> Outcome.Applied.of(p.customer()));
  }

  public static Outcome upsertSite(UpsertSite p, MutationContext ctx) {
    Site site = p.site();
    Optional<Rejection> common = Access.officeAndId(ctx, site.id(), "site.id");
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

  public static Outcome upsertContact(UpsertContact p, MutationContext ctx) {
    Contact contact = p.contact();
    Optional<Rejection> common = Access.officeAndId(ctx, contact.id(), "contact.id");
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
}
