package com.fieldops.mobile.parts;

import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestStatus;

/**
 * One of the technician's part requests as the phone lists it: what was asked, what the office sent
 * and how much of that has been booked into the van.
 *
 * @param part     null while the catalogue entry is not on the phone
 * @param received units of the transfer received so far (every device of the technician, this one's pending too)
 */
public record PartRequestLine(PartRequest request, Part part, int received) {
  /** Units sent and not yet received: what a receipt may book in. */
  public int open() {
    return request.transferId() == null ? 0 : Math.max(0, request.approvedQuantity() - received);
  }

  /** Parts on their way that the technician can confirm. */
  public boolean receivable() {
    PartRequestStatus s = request.status();
    return (s == PartRequestStatus.APPROVED || s == PartRequestStatus.PARTLY_RECEIVED) && open() > 0;
  }

  public String label() {
    return part == null ? request.partId().toString() : part.sku() + " " + part.name();
  }
}
