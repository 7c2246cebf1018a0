package com.fieldops.stock.model;

import java.util.Optional;

/**
 * Whether a quantity of a part used on one job is believable, so a slip of the thumb ("50" for "5")
 * is caught before it is recorded. Not a refusal: the ledger accepts any consumption (a van may go
 * below zero and is then counted), so an implausible quantity only asks the technician to confirm.
 * One rule for every client (docs/decisions/0025).
 */
public final class ConsumptionPlausibility {
  /** More units than this in one entry is not a normal visit. */
  public static final int MAX_PER_ENTRY = 20;
  /**
   * How far above what the van is known to hold a quantity may go before asking: the ledger on the
   * phone may lag a restock by a few units, and a van short by one or two is common.
   */
  public static final int VAN_MARGIN = 3;

  /** Why a quantity looks wrong. */
  public enum Concern {
    /** More than {@link #MAX_PER_ENTRY} in one entry. */
    MORE_THAN_A_JOB_USES,
    /** More than the van holds plus {@link #VAN_MARGIN}. */
    MORE_THAN_THE_VAN_HOLDS
  }

  private ConsumptionPlausibility() {}

  /**
   * The concern about using {@code quantity} units when the van holds {@code vanOnHand} (may be
   * negative: already used more than the ledger knew), or empty when the quantity is believable.
   * Quantities below 1 are the validation's business, not this rule's.
   */
  public static Optional<Concern> check(int quantity, int vanOnHand) {
    if (quantity > MAX_PER_ENTRY) {
      return Optional.of(Concern.MORE_THAN_A_JOB_USES);
    }
    if (quantity > Math.max(vanOnHand, 0) + VAN_MARGIN) {
      return Optional.of(Concern.MORE_THAN_THE_VAN_HOLDS);
    }
    return Optional.empty();
  }
}
