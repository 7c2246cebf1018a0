package com.fieldops.stock.model;

import java.util.UUID;

/**
 * A store that keeps on-hand per part and location as a running balance beside its movements (the
 * server's stock_on_hand, docs/decisions/0022): still the sum of the movements, only not summed
 * again on each read. A rule asks its lookup for this when it can, and sums the movements otherwise.
 */
public interface StockBalances {
  /** On hand of {@code partId} at {@code locationId}, including what the current transaction wrote. */
  int onHand(UUID partId, UUID locationId);
}
