package com.fieldops.stock.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.stock.model.ConsumptionPlausibility.Concern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ConsumptionPlausibilityTest {
  @Test
  void aFewFromAStockedVanAreBelievable() {
    assertThat(ConsumptionPlausibility.check(1, 10)).isEmpty();
    assertThat(ConsumptionPlausibility.check(10, 10)).isEmpty();
    // a van the ledger thinks empty may still hold a few (restock not yet booked): no question for 1-3
    assertThat(ConsumptionPlausibility.check(3, 0)).isEmpty();
    assertThat(ConsumptionPlausibility.check(3, -2)).isEmpty();
  }

  @Test
  void aSlipOfTheThumbAsksToConfirm() {
    assertThat(ConsumptionPlausibility.check(50, 100)).contains(Concern.MORE_THAN_A_JOB_USES);
    assertThat(ConsumptionPlausibility.check(21, 1000)).contains(Concern.MORE_THAN_A_JOB_USES);
    assertThat(ConsumptionPlausibility.check(9, 5)).contains(Concern.MORE_THAN_THE_VAN_HOLDS);
    assertThat(ConsumptionPlausibility.check(4, 0)).contains(Concern.MORE_THAN_THE_VAN_HOLDS);
  }

  @Property(tries = 200)
  void believableExactlyUpToTheVanPlusMarginAndTheEntryLimit(@ForAll @IntRange(min = 1, max = 500) int quantity,
      @ForAll @IntRange(min = -50, max = 500) int onHand) {
    boolean believable = quantity <= ConsumptionPlausibility.MAX_PER_ENTRY
        && quantity <= Math.max(onHand, 0) + ConsumptionPlausibility.VAN_MARGIN;
    assertThat(ConsumptionPlausibility.check(quantity, onHand).isEmpty()).isEqualTo(believable);
  }
}
