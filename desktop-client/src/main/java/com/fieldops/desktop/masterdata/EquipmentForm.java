package com.fieldops.desktop.masterdata;

import com.fieldops.customer.model.Site;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.equipment.mutation.UpsertEquipment;
import com.fieldops.replica.Replica;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A machine at one of the customer's sites: maker, model, serial, category, install date, warranty end, status. */
public final class EquipmentForm extends RecordForm {
  private final UUID customerId;

  public EquipmentForm(ConsoleContext ctx, Replica replica, UUID customerId, List<Site> sites, Equipment existing) {
    super(ctx, replica, existing == null ? null : existing.id());
    this.customerId = existing == null ? customerId : existing.customerId();
    String site = existing != null ? existing.siteId().toString() : sites.size() == 1 ? sites.get(0).id().toString() : "";
    choice("siteId", "masterdata.equipment.site", site, sites.stream()
        .map(s -> new Choice<>(s.id().toString(), s.name() + (s.address() == null ? "" : "  ·  " + nz(s.address().city()))))
        .toList());
    text("manufacturer", "masterdata.equipment.manufacturer", existing == null ? "" : existing.manufacturer());
    text("model", "masterdata.equipment.model", existing == null ? "" : existing.model());
    text("serialNumber", "masterdata.equipment.serialNumber", existing == null ? "" : existing.serialNumber());
    text("category", "masterdata.equipment.category", existing == null ? "" : existing.category(),
        msg.text("masterdata.equipment.category.prompt"));
    date("installDate", "masterdata.equipment.installDate", existing == null ? null : existing.installDate());
    date("warrantyEnd", "masterdata.equipment.warrantyEnd", existing == null ? null : existing.warrantyEnd());
    choice("status", "masterdata.equipment.status", (existing == null ? EquipmentStatus.ACTIVE : existing.status()).name(),
        Arrays.stream(EquipmentStatus.values()).map(s -> new Choice<>(s.name(), msg.text("equipment.status." + s.name())))
            .toList());
  }

  @Override
  public String kind() {
    return "equipment";
  }

  @Override
  protected Object build() {
    String site = value("siteId");
    String status = value("status");
    return new Equipment(id, customerId, site == null ? null : UUID.fromString(site), value("serialNumber"),
        value("manufacturer"), value("model"), value("category"), dateValue("installDate"), dateValue("warrantyEnd"),
        status == null ? null : EquipmentStatus.valueOf(status));
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertEquipment((Equipment) record);
  }
}
