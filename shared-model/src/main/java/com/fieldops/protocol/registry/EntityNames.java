package com.fieldops.protocol.registry;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Entity type names as they appear in the change log ({@code Change.entityType}), and the record
 * each name reads into. Subtypes of a sealed parent (a {@code WorkOrderEvent.StatusChanged}) carry
 * the parent's name.
 */
public final class EntityNames {
  private static final Map<String, Class<?>> BY_NAME = new LinkedHashMap<>();

  static {
    for (Class<?> c : new Class<?>[] {WorkOrder.class, WorkOrderEvent.class, Note.class, TimeEntry.class,
        PartUsage.class, Customer.class, Site.class, Contact.class, ServiceContract.class, Equipment.class,
        EquipmentEvent.class, Technician.class, Part.class, StockLocation.class, StockLevel.class,
        StockMovement.class}) {
      BY_NAME.put(c.getSimpleName(), c);
    }
  }

  private EntityNames() {}

  /** The change-log name of a record's type. */
  public static String of(Object entity) {
    return of(entity.getClass());
  }

  public static String of(Class<?> type) {
    for (Map.Entry<String, Class<?>> e : BY_NAME.entrySet()) {
      if (e.getValue().isAssignableFrom(type)) {
        return e.getKey();
      }
    }
    return type.getSimpleName();
  }

  public static Optional<Class<?>> recordType(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The entity's id: every entity record has {@code UUID id} first. */
  public static java.util.UUID idOf(Object entity) {
    try {
      return (java.util.UUID) entity.getClass().getMethod("id").invoke(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("not an entity record: " + entity.getClass(), e);
    }
  }
}
