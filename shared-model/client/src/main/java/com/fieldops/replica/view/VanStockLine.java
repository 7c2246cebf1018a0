package com.fieldops.replica.view;

import com.fieldops.stock.model.Part;
import java.util.UUID;

/**
 * One part at a location (a van, a warehouse), from the ledger: on hand is the sum of the movements the
 * device holds (its own pending ones included), reserved what standing reservations of open jobs still
 * hold there, inbound what was sent to it and is not yet received.
 *
 * @param part    null if the catalogue entry is not (yet) in the replica
 * @param pending some of the movements are this device's, not yet confirmed by the server
 */
public record VanStockLine(Part part, UUID partId, UUID locationId, int onHand, int reserved, int inbound,
    boolean pending) {
  public String sku() {
    return part == null ? null : part.sku();
  }

  /** On hand − reserved: what may still be promised; below zero when more is reserved than there is. */
  public int available() {
    return onHand - reserved;
  }

  /** Below zero on hand: more was used than the ledger knew of; someone should count the location. */
  public boolean needsCount() {
    return onHand < 0;
  }
}
