package com.fieldops.protocol.mutation;

import com.fieldops.model.contract.ServiceContract;
import com.fieldops.model.customer.Contact;
import com.fieldops.model.customer.Customer;
import com.fieldops.model.customer.Site;
import com.fieldops.model.equipment.Equipment;
import com.fieldops.model.equipment.EquipmentEvent;
import com.fieldops.model.inventory.Part;
import com.fieldops.model.inventory.StockLevel;
import com.fieldops.model.inventory.StockLocation;
import com.fieldops.model.inventory.StockMovement;
import com.fieldops.model.technician.Technician;
import com.fieldops.model.workorder.Note;
import com.fieldops.model.workorder.PartUsage;
import com.fieldops.model.workorder.TimeEntry;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderEvent;
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
