package com.fieldops.server.storage;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.UUID;

/** The indexed columns stored beside an entity's JSON: what scope and queries look up. */
public record EntityColumns(String region, UUID technicianId, String status, String number, UUID customerId,
    UUID siteId, UUID workOrderId) {
  public static final EntityColumns NONE = new EntityColumns(null, null, null, null, null, null, null);

  public static EntityColumns of(Object entity) {
    if (entity instanceof WorkOrder w) {
      return new EntityColumns(w.region(), w.assigneeId(), w.status().name(), w.number(), w.customerId(), w.siteId(),
          null);
    }
    if (entity instanceof WorkOrderEvent e) {
      return new EntityColumns(null, null, null, null, null, null, e.workOrderId());
    }
    if (entity instanceof Note n) {
      return new EntityColumns(null, null, null, null, null, null, n.workOrderId());
    }
    if (entity instanceof TimeEntry t) {
      return new EntityColumns(null, t.technicianId(), null, null, null, null, t.workOrderId());
    }
    if (entity instanceof PartUsage p) {
      return new EntityColumns(null, null, null, null, null, null, p.workOrderId());
    }
    if (entity instanceof Site s) {
      return new EntityColumns(s.region(), null, null, null, s.customerId(), null, null);
    }
    if (entity instanceof Contact c) {
      return new EntityColumns(null, null, null, null, c.customerId(), c.siteId(), null);
    }
    if (entity instanceof Equipment e) {
      return new EntityColumns(null, null, e.status() == null ? null : e.status().name(), null, e.customerId(),
          e.siteId(), null);
    }
    if (entity instanceof EquipmentEvent) {
      return NONE;
    }
    if (entity instanceof Technician t) {
      return new EntityColumns(t.region(), t.id(), null, null, null, null, null);
    }
    if (entity instanceof StockLocation.Van v) {
      return new EntityColumns(v.region(), v.technicianId(), null, null, null, null, null);
    }
    if (entity instanceof StockLocation l) {
      return new EntityColumns(l.region(), null, null, null, null, null, null);
    }
    UUID workOrderId = uuidComponent(entity, "workOrderId");
    return workOrderId == null ? NONE : new EntityColumns(null, null, null, null, null, null, workOrderId);
  }

  private static final java.util.Map<String, java.lang.reflect.Method> ACCESSORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The value of a record's UUID component called {@code name}, or null if it has none. */
  public static UUID uuidComponent(Object record, String name) {
    if (!record.getClass().isRecord()) {
      return null;
    }
    String key = record.getClass().getName() + "#" + name;
    java.lang.reflect.Method m = ACCESSORS.computeIfAbsent(key, k -> {
      for (var rc : record.getClass().getRecordComponents()) {
        if (rc.getName().equals(name) && rc.getType() == UUID.class) {
          return rc.getAccessor();
        }
      }
      return NO_ACCESSOR;
    });
    if (m == NO_ACCESSOR) {
      return null;
    }
    try {
      return (UUID) m.invoke(record);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static final java.lang.reflect.Method NO_ACCESSOR;

  static {
    try {
      NO_ACCESSOR = Object.class.getMethod("hashCode");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}
