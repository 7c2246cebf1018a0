package com.fieldops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Contact;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a customer's reported problem becomes, and what it must have, without a server. */
class ProblemReportTest {
  final UUID acme = UUID.randomUUID();
  final UUID site = UUID.randomUUID();
  final Contact pat = new Contact(UUID.randomUUID(), acme, site, "Pat", "pat@example.com", null, null, "en");
  final Equipment boiler = new Equipment(UUID.randomUUID(), acme, site, "SN-1", "Carrier", "X1", null, null, null,
      EquipmentStatus.ACTIVE);

  @Test
  void aReportOnTheCompanysMachineIsTheConsolesCreateWorkOrderWithTheContactAsCaller() {
    CreateWorkOrder c = new ProblemReport("  Blows warm air ", " Tuesday morning ")
        .toWorkOrder(pat, boiler, "Preferred time (customer):").orElseThrow();
    assertThat(c.customerId()).isEqualTo(acme);
    assertThat(c.siteId()).isEqualTo(site);
    assertThat(c.contactId()).isEqualTo(pat.id());
    assertThat(c.equipmentId()).isEqualTo(boiler.id());
    assertThat(c.type()).isEqualTo(WorkOrderType.REPAIR);
    assertThat(c.priority()).isEqualTo(Priority.P3);
    assertThat(c.assigneeId()).as("the dispatcher plans it").isNull();
    assertThat(c.scheduledStart()).as("a wish, not a schedule").isNull();
    assertThat(c.problem()).isEqualTo("Blows warm air\nPreferred time (customer): Tuesday morning");
    assertThat(new ProblemReport("Leaks", "  ").toWorkOrder(pat, boiler, "x").orElseThrow().problem())
        .isEqualTo("Leaks");
  }

  @Test
  void anotherCompanysMachineOpensNothing() {
    Equipment theirs = new Equipment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "GLX-1", "Globex",
        "Turbine", null, null, null, EquipmentStatus.ACTIVE);
    assertThat(new ProblemReport("Noise", null).toWorkOrder(pat, theirs, "x")).isEmpty();
    assertThat(Ownership.owns(pat, theirs)).isFalse();
    assertThat(Ownership.owns(null, boiler)).isFalse();
  }

  @Test
  void aReportNeedsADescriptionAndBothFieldsHaveALimit() {
    assertThat(new ProblemReport(" ", null).problems()).containsExactly(ProblemReport.Problem.DESCRIPTION_REQUIRED);
    assertThat(new ProblemReport(null, null).problems()).containsExactly(ProblemReport.Problem.DESCRIPTION_REQUIRED);
    assertThat(new ProblemReport("x".repeat(ProblemReport.DESCRIPTION_MAX + 1), "y".repeat(201)).problems())
        .containsExactly(ProblemReport.Problem.DESCRIPTION_TOO_LONG, ProblemReport.Problem.PREFERRED_TIME_TOO_LONG);
    assertThat(new ProblemReport("x".repeat(ProblemReport.DESCRIPTION_MAX), "y".repeat(200)).problems()).isEmpty();
    assertThat(new ProblemReport("", null).toWorkOrder(pat, boiler, "x")).isEmpty();
    assertThat(ProblemReport.Problem.PREFERRED_TIME_TOO_LONG.field()).isEqualTo("preferredTime");
  }
}
