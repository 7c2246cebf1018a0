package com.fieldops.desktop.masterdata;

import com.fieldops.customer.model.Site;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.replica.Replica;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A site of a customer: name, address, IANA time zone (its calendars use it), region, access notes. */
public final class SiteForm extends RecordForm {
  private final UUID customerId;
  private final Site existing;

  /**
   * {@code existing} null: a new site of {@code customerId}, in {@code defaultRegion} and
   * {@code defaultZone} (the dispatcher's) until changed.
   */
  public SiteForm(ConsoleContext ctx, Replica replica, UUID customerId, Site existing, String defaultRegion,
      String defaultCountry) {
    super(ctx, replica, existing == null ? null : existing.id());
    this.customerId = existing == null ? customerId : existing.customerId();
    this.existing = existing;
    text("name", "masterdata.site.name", existing == null ? "" : existing.name(), msg.text("masterdata.site.name.prompt"));
    AddressFields.add(this, "address", existing == null ? null : existing.address(), defaultCountry);
    ZoneId zone = existing == null || existing.timeZone() == null ? ctx.clock().getZone() : existing.timeZone();
    choice("timeZone", "masterdata.site.timeZone", zone.getId(), zones());
    text("region", "masterdata.region", existing == null ? defaultRegion : existing.region());
    area("accessNotes", "masterdata.site.accessNotes", existing == null ? "" : existing.accessNotes());
  }

  private static List<Choice<String>> zones() {
    return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
        && !z.startsWith("SystemV/")).sorted().map(z -> new Choice<>(z, z)).toList();
  }

  @Override
  public String kind() {
    return "site";
  }

  @Override
  protected Object build() {
    ZoneId zone = null;
    String z = value("timeZone");
    if (z != null) {
      try {
        zone = ZoneId.of(z);
      } catch (DateTimeException e) {
        zone = null; // the domain's "time zone required" goes next to the field
      }
    }
    return new Site(id, customerId, value("name"), AddressFields.read(this, "address"), zone,
        existing == null ? null : existing.location(), value("region"), value("accessNotes"));
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertSite((Site) record);
  }

  public UUID customerId() {
    return customerId;
  }
}
