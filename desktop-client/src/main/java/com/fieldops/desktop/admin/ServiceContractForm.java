package com.fieldops.desktop.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.masterdata.RecordForm;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.replica.Replica;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.mutation.UpsertServiceContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's service contract: its number, what it covers (all the customer's work, or one of
 * their machines), the SLA policy it promises (chosen from the policies there are) and its
 * validity, and whether its service reports show the customer the job's costs. Field names are the mutation's ({@code contract.slaPolicyId}) so that a refusal of the
 * replica lands next to its field like a message of the record's own rules.
 */
public final class ServiceContractForm extends RecordForm {
  /** The "covers" choice that means the whole customer (no machine). */
  static final String WHOLE_CUSTOMER = "customer";
  private static final String PREFIX = "contract.";

  private final UUID customerId;
  private final ServiceContract existing;

  /** {@code existing} null: a new contract of {@code customerId}, in force from {@code today}. */
  public ServiceContractForm(ConsoleContext ctx, Replica replica, UUID customerId, List<Equipment> machines,
      List<SlaPolicy> policies, ServiceContract existing, LocalDate today) {
    super(ctx, replica, existing == null ? null : existing.id());
    this.customerId = existing == null ? customerId : existing.customerId();
    this.existing = existing;
    text(PREFIX + "contractNumber", "contracts.number", existing == null ? "" : existing.contractNumber(), "SC-2026-014");
    List<Choice<String>> covers = new ArrayList<>();
    covers.add(new Choice<>(WHOLE_CUSTOMER, msg.text("contracts.covers.customer")));
    machines.forEach(m -> covers.add(new Choice<>(m.id().toString(), msg.text("contracts.covers.machine",
        nz(m.manufacturer()) + " " + nz(m.model()), nz(m.serialNumber())))));
    String covered = existing == null || existing.equipmentId() == null ? WHOLE_CUSTOMER : existing.equipmentId().toString();
    choice(PREFIX + "equipmentId", "contracts.covers", covered, covers);
    choice(PREFIX + "slaPolicyId", "contracts.policy", existing == null ? "" : existing.slaPolicyId().toString(),
        policies.stream().map(p -> new Choice<>(p.id().toString(), p.name())).toList());
    date(PREFIX + "validFrom", "contracts.validFrom", existing == null ? today : existing.validFrom());
    date(PREFIX + "validTo", "contracts.validTo", existing == null ? null : existing.validTo());
    // whether the customer's service report prints the job's costs (labour, travel, parts at price)
    choice(PREFIX + "showCostsOnReport", "contracts.costsOnReport",
        Boolean.toString(existing != null && existing.showCostsOnReport()),
        List.of(new Choice<>("false", msg.text("contracts.costsOnReport.no")),
            new Choice<>("true", msg.text("contracts.costsOnReport.yes"))));
  }

  @Override
  public String kind() {
    return "contract";
  }

  /** The record's own messages name its fields bare ({@code validTo}); scope and machine are one choice here. */
  @Override
  protected String fieldOf(String field) {
    if (field == null || field.startsWith(PREFIX)) {
      return field;
    }
    return PREFIX + (field.equals("scope") ? "equipmentId" : field);
  }

  /**
   * The contract as typed. Made from the stored contract's JSON with the form's fields put over it,
   * so that a field this form does not show keeps its value when the contract is saved.
   */
  @Override
  protected Object build() {
    ObjectNode n = existing == null ? Json.mapper().createObjectNode() : Json.mapper().valueToTree(existing);
    n.put("id", id.toString());
    n.put("customerId", customerId.toString());
    n.put("contractNumber", value(PREFIX + "contractNumber"));
    String covers = value(PREFIX + "equipmentId");
    boolean customer = covers == null || WHOLE_CUSTOMER.equals(covers);
    n.put("scope", (customer ? ContractScope.CUSTOMER : ContractScope.EQUIPMENT).name());
    n.put("equipmentId", customer ? null : covers);
    n.put("slaPolicyId", value(PREFIX + "slaPolicyId"));
    LocalDate from = dateValue(PREFIX + "validFrom");
    LocalDate to = dateValue(PREFIX + "validTo");
    n.put("validFrom", from == null ? null : from.toString());
    n.put("validTo", to == null ? null : to.toString());
    n.put("showCostsOnReport", "true".equals(value(PREFIX + "showCostsOnReport")));
    return Json.mapper().convertValue(n, ServiceContract.class);
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertServiceContract((ServiceContract) record);
  }
}
