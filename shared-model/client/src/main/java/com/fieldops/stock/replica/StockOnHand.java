package com.fieldops.stock.replica;

import com.fieldops.stock.model.Part;
import java.util.UUID;

/**
 * How many of a part are at a location, summed from the movements this device holds (its own
 * not-yet-synced ones included).
 *
 * @param part    null if the catalogue entry is not (yet) in the replica
 * @param pending some of the movements are this device's, not yet confirmed by the server
 */
public record StockOnHand(UUID partId, Part part, UUID locationId, int onHand, boolean pending) {
  /**
   * Below zero: more was used than the ledger knew of (parts used offline, or stock never booked in).
   * Never a reason to refuse a part used; someone should count the location.
   */
  public boolean needsCount() {
    return onHand < 0;
  }

  public String sku() {
    return part == null ? null : part.sku();
  }
}
