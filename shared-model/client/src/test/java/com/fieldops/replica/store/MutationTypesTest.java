package com.fieldops.replica.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The base version a recorded mutation carries is the one of the entity its type names in the registry. */
class MutationTypesTest {
  @Test
  void setDefaultSlaPolicyIsRecordedAgainstTheDefaultPolicyNotAWorkOrder() {
    // Before the registry the replica guessed from the name and said "WorkOrder" here.
    assertThat(MutationTypes.entityTypeOf("SetDefaultSlaPolicy")).isEqualTo(EntityTypes.DEFAULT_SLA_POLICY)
        .isEqualTo("DefaultSlaPolicy");
  }

  @Test
  void everyOtherTypeKeepsItsEntity() {
    assertThat(MutationTypes.entityTypeOf("EditWorkOrder")).isEqualTo(EntityTypes.WORK_ORDER);
    assertThat(MutationTypes.entityTypeOf("AddTimeEntry")).isEqualTo(EntityTypes.WORK_ORDER);
    assertThat(MutationTypes.entityTypeOf("UpsertSite")).isEqualTo(EntityTypes.SITE);
    assertThat(MutationTypes.entityTypeOf("UpsertSlaPolicy")).isEqualTo(EntityTypes.SLA_POLICY);
    assertThat(MutationTypes.entityTypeOf("NoSuchThing")).isNull();
    assertThat(MutationTypes.entityTypeOf(null)).isNull();
  }
}
