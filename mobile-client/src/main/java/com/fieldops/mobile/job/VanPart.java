package com.fieldops.mobile.job;

import com.fieldops.stock.model.Part;
import java.util.UUID;

/** A part in the technician's van, as the parts picker lists it. */
public record VanPart(Part part, UUID locationId, int onHand, boolean needsCount) {
  public UUID partId() {
    return part.id();
  }

  public boolean matches(String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String t = text.strip().toLowerCase(java.util.Locale.ROOT);
    return (part.sku() != null && part.sku().toLowerCase(java.util.Locale.ROOT).contains(t))
        || (part.name() != null && part.name().toLowerCase(java.util.Locale.ROOT).contains(t));
  }
}
