package com.fieldops.protocol.mutation;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The reference fields the rules may query by ({@link EntityLookup#findAllBy}), per entity kind
 * (change-log name). Each has an index on the server and in the replica; asking for another pair is
 * a programming error, refused at once rather than answered by a scan of a big table.
 */
public final class LookupFields {
  /** Entity kind → fields. The server's storage maps each to a column or an indexed expression. */
  public static final Map<String, Set<String>> ALLOWED = Map.of(
      "WorkOrder", Set.of("equipmentId"),
      "EquipmentEvent", Set.of("equipmentId"),
      "Checklist", Set.of("workOrderId"),
      "TimeEntry", Set.of("workOrderId"),
      "PartUsage", Set.of("workOrderId"),
      "ChecklistTemplate", Set.of("workOrderType", "equipmentModel"),
      // stock (docs/decisions/0017): what is on hand and reserved at a location, for approving a request;
      // a job's movements: what it used of what it reserved (docs/decisions/0022)
      "StockMovement", Set.of("fromLocationId", "toLocationId", "workOrderId"),
      "Reservation", Set.of("locationId"));

  private LookupFields() {}

  /** Throws unless {@code field} of the kind {@code entityName} may be queried. */
  public static void require(String entityName, String field) {
    if (!ALLOWED.getOrDefault(entityName, Set.of()).contains(field)) {
      throw new IllegalArgumentException("no lookup by " + entityName + "." + field + " (see LookupFields)");
    }
  }

  /** A lookup value as its JSON text: a UUID's string form, an enum constant's name, a string as is. */
  public static String text(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(Objects.requireNonNull(value, "lookup value"));
  }

  /** Whether the record's component {@code field} holds {@code value} (by JSON text). */
  public static boolean matches(Object record, String field, Object value) {
    if (record == null || !record.getClass().isRecord()) {
      return false;
    }
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      if (rc.getName().equals(field)) {
        try {
          Object v = rc.getAccessor().invoke(record);
          return v != null && text(v).equals(text(value));
        } catch (ReflectiveOperationException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** The in-memory answer of {@link EntityLookup#findAllBy} over {@code records} (tests, small worlds). */
  public static <T> List<T> filter(Collection<?> records, Class<T> type, String field, Object value) {
    return records.stream().filter(type::isInstance).map(type::cast).filter(r -> matches(r, field, value))
        .sorted(Comparator.comparing(LookupFields::idOf)).toList();
  }

  private static UUID idOf(Object record) {
    try {
      return (UUID) record.getClass().getMethod("id").invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("not an entity record: " + record.getClass(), e);
    }
  }
}
