package com.fieldops.stock.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import java.util.Optional;
import java.util.UUID;

/** The checks every stock mutation shares: the part, the quantity and serial, the location and who may move it. */
final class StockRules {
  /** The most one movement may carry (the movement record's own bound). */
  static final int MAX_QUANTITY = 100_000;

  private StockRules() {}

  /** A quantity of whole units, 1 to {@link #MAX_QUANTITY}. */
  static Optional<Rejection> quantity(int quantity, String field) {
    if (quantity <= 0) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.quantityPositive", field));
    }
    if (quantity > MAX_QUANTITY) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.quantityMax", field,
          String.valueOf(MAX_QUANTITY)));
    }
    return Optional.empty();
  }

  /** A serialized part moves one unit at a time with its serial; any other part has no serial. */
  static Optional<Rejection> serial(Part part, int quantity, String serialNumber, String quantityField) {
    boolean hasSerial = serialNumber != null && !serialNumber.isBlank();
    if (!part.serialized() && hasSerial) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.serialNotTracked", "serialNumber", part.sku()));
    }
    if (part.serialized() && !hasSerial) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.serialRequired", "serialNumber", part.sku()));
    }
    if (part.serialized() && quantity != 1) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.serialQuantityOne", quantityField, part.sku()));
    }
    return Optional.empty();
  }

  static Optional<Part> part(EntityLookup lookup, UUID partId) {
    return partId == null ? Optional.empty() : lookup.find(Part.class, partId);
  }

  static Rejection unknownPart(UUID partId) {
    return Access.notFound("partId", "Part", partId);
  }

  /**
   * A warehouse or van the actor may move stock of: admins anywhere, office staff in their region, a
   * technician only their own van. One they may not see reads like one that does not exist.
   */
  static Optional<StockLocation> location(EntityLookup lookup, Actor actor, UUID locationId) {
    if (locationId == null) {
      return Optional.empty();
    }
    return lookup.find(StockLocation.class, locationId).filter(l -> mayMove(actor, l));
  }

  static Rejection unknownLocation(String field, UUID locationId) {
    return Access.notFound(field, "StockLocation", locationId);
  }

  private static boolean mayMove(Actor actor, StockLocation l) {
    if (actor.isAdmin() || actor.managesRegion(l.region())) {
      return true;
    }
    return actor.isTechnician() && l instanceof StockLocation.Van v && v.technicianId() != null
        && v.technicianId().equals(actor.technicianId());
  }
}
