package com.fieldops.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.WorkOrderEvent;
import org.junit.jupiter.api.Test;

/** The one registry: every list of names the server and the replica use is read from it. */
class MutationRegistryTest {
  @Test
  void everyMutationNamesARegisteredEntityKind() {
    for (String name : MutationRegistry.names()) {
      MutationType<?> type = MutationRegistry.byName(name).orElseThrow();
      assertThat(type.payloadType().getSimpleName()).as("wire name of %s", name).isEqualTo(name);
      assertThat(EntityNames.recordType(type.entityType())).as("entity of %s", name).isPresent();
    }
  }

  @Test
  void settingTheDefaultPolicyNamesTheDefaultPolicyRecordNotAWorkOrder() {
    // The replica used to guess "WorkOrder" for SetDefaultSlaPolicy (no Upsert/Create prefix).
    assertThat(MutationRegistry.byName("SetDefaultSlaPolicy").orElseThrow().entityType()).isEqualTo("DefaultSlaPolicy");
    assertThat(MutationRegistry.byName("UpsertSlaPolicy").orElseThrow().entityType()).isEqualTo("SlaPolicy");
    assertThat(MutationRegistry.byName("AddNote").orElseThrow().entityType()).isEqualTo("WorkOrder");
  }

  @Test
  void entityNamesKnowEveryKindTheReplicaAndTheServerStore() {
    // EntityNames used to miss these (the replica's EntityTypes had some, the server only fell back on class names).
    assertThat(EntityNames.recordType("SlaPolicy")).contains(SlaPolicy.class);
    assertThat(EntityNames.recordType("DefaultSlaPolicy")).contains(DefaultSlaPolicy.class);
    assertThat(EntityNames.recordType("Attachment")).contains(Attachment.class);
    assertThat(EntityNames.all()).contains("User", "StockMovement", "MaintenancePlan", "ServiceReport", "Feedback",
        "Checklist", "PartRequest");
    assertThat(EntityNames.of(WorkOrderEvent.StatusChanged.class)).isEqualTo("WorkOrderEvent");
  }

  @Test
  void historyKindsAreTheAppendOnlyRecords() {
    assertThat(MutationRegistry.history()).containsExactlyInAnyOrder("WorkOrderEvent", "Note", "TimeEntry",
        "PartUsage", "Attachment", "EquipmentEvent", "StockMovement", "PlannedVisit", "PartRequestEvent");
    assertThat(EntityNames.isHistory("WorkOrder")).isFalse();
  }
}
