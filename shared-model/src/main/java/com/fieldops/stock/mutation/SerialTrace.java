package com.fieldops.stock.mutation;

import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import java.util.Optional;
import java.util.UUID;

/**
 * Where each serialized unit is ({@link SerialUnit}), checked and moved with every movement of it: a
 * serial already in stock cannot arrive again, and a serial leaves only the location it is at. A serial
 * the ledger has no unit for (booked before units were kept) is taken at its word.
 */
final class SerialTrace {
  private SerialTrace() {}

  static Optional<SerialUnit> unit(EntityLookup lookup, UUID partId, String serial) {
    return serial == null ? Optional.empty() : lookup.find(SerialUnit.class, SerialUnit.idOf(partId, serial));
  }

  /** A serial arriving from outside (supplier, found in a count): refused while that unit is in stock. */
  static Optional<Rejection> mayArrive(EntityLookup lookup, Part part, String serial) {
    Optional<SerialUnit> u = unit(lookup, part.id(), serial);
    if (u.isPresent() && !VirtualLocations.isOutside(u.get().locationId())) {
      return Optional.of(Rejection.of(Codes.ALREADY_EXISTS, "stock.rejected.serialDuplicate", "serialNumber",
          serial, part.sku()));
    }
    return Optional.empty();
  }

  /** A serial leaving {@code from}: refused when the unit is known to be elsewhere. */
  static Optional<Rejection> mayLeave(EntityLookup lookup, Part part, String serial, UUID from) {
    Optional<SerialUnit> u = unit(lookup, part.id(), serial);
    if (u.isPresent() && !u.get().locationId().equals(from)) {
      return Optional.of(Rejection.of(Codes.INVALID, "stock.rejected.serialNotHere", "serialNumber", serial,
          part.sku()));
    }
    return Optional.empty();
  }

  /** The unit after {@code m} moved it (null if the movement has no serial). */
  static SerialUnit after(StockMovement m, UUID equipmentId) {
    if (m.serialNumber() == null) {
      return null;
    }
    boolean installed = VirtualLocations.CUSTOMER_SITE.equals(m.toLocationId());
    return new SerialUnit(SerialUnit.idOf(m.partId(), m.serialNumber()), m.partId(), m.serialNumber(),
        m.toLocationId(), m.destinationId(), installed ? m.workOrderId() : null, installed ? equipmentId : null, m.id(),
        m.occurredAt());
  }
}
