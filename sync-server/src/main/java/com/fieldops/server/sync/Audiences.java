package com.fieldops.server.sync;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.server.storage.EntityColumns;
import java.util.Optional;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Decides, from stored state only, who may pull each change (docs/decisions/0003):
 * <ul>
 *   <li>a work order and its history: its region's office and its assigned technician;
 *   <li>sites and equipment: their region's office; customers and contacts: every office;
 *   <li>technicians holding a job get directed copies of the customer, site, contact and
 *       equipment it needs, now, whenever those change, and whenever the job starts to reference
 *       another one (same transaction as the job's change);
 *   <li>maintenance plans: the office of their machine's site; user records: their region's office;
 *   <li>a job reassigned away: a directed REMOVE of the job, its history and what only it needed,
 *       for the technician who lost it; a job moved to another region: a REMOVE for the old office;
 *   <li>the parts catalogue: everyone; a van and its stock: the region and the van's technician.
 * </ul>
 */
final class Audiences {
  /** The region value meaning "every office" (dispatchers and supervisors of all regions). */
  static final String ALL_OFFICES = com.fieldops.server.storage.ChangeLog.ALL_OFFICES;

  private final long nowMillis;

  Audiences(long nowMillis) {
    this.nowMillis = nowMillis;
  }

  void onWrite(ApplyingTransaction tx, Object entity, Object previous, UUID mutationId) {
    StoredEntity stored = tx.stored(EntityNames.of(entity), EntityNames.idOf(entity));
    try {
      if (entity instanceof WorkOrder wo) {
        workOrder(tx, stored, wo, (WorkOrder) previous, mutationId);
      } else if (entity instanceof Customer c) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(ALL_OFFICES, null), mutationId);
        copyToTechnicians(tx, stored, "customer_id", c.id(), mutationId);
      } else if (entity instanceof Contact c) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(ALL_OFFICES, null), mutationId);
        copyToTechnicians(tx, stored, "customer_id", c.customerId(), mutationId);
      } else if (entity instanceof Site s) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(s.region(), null), mutationId);
        if (previous instanceof Site old && !old.region().equals(s.region())) {
          tx.addChange(stored, ChangeOp.REMOVE, Audience.onlyRegion(old.region()), mutationId);
        }
        copyToTechnicians(tx, stored, "site_id", s.id(), mutationId);
      } else if (entity instanceof Equipment e) {
        String region = tx.find(Site.class, e.siteId()).map(Site::region).orElse(ALL_OFFICES);
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(region, null), mutationId);
        if (previous instanceof Equipment old && !old.siteId().equals(e.siteId())) {
          tx.find(Site.class, old.siteId()).map(Site::region).filter(r -> !r.equals(region))
              .ifPresent(r -> tx.addChange(stored, ChangeOp.REMOVE, Audience.onlyRegion(r), mutationId));
        }
        copyToTechnicians(tx, stored, "site_id", e.siteId(), mutationId);
      } else if (entity instanceof Technician t) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(t.region(), t.id()), mutationId);
        if (previous instanceof Technician old && !old.region().equals(t.region())) {
          tx.addChange(stored, ChangeOp.REMOVE, Audience.onlyRegion(old.region()), mutationId);
        }
      } else if (entity instanceof Part) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.forEveryone(), mutationId);
      } else if (entity instanceof StockLocation.Van v) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(v.region(), v.technicianId()), mutationId);
        if (previous instanceof StockLocation.Van old && old.technicianId() != null
            && !old.technicianId().equals(v.technicianId())) {
          tx.addChange(stored, ChangeOp.REMOVE, Audience.onlyTechnician(old.technicianId()), mutationId);
        }
      } else if (entity instanceof StockLocation l) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(l.region(), null), mutationId);
      } else if (entity instanceof StockLevel level) {
        Audience a = locationAudience(tx, level.locationId());
        tx.addChange(stored, ChangeOp.UPSERT, a == null ? Audience.of(ALL_OFFICES, null) : a, mutationId);
      } else if (entity instanceof StockMovement m) {
        Audience to = m.toLocationId() == null ? null : locationAudience(tx, m.toLocationId());
        Audience from = m.fromLocationId() == null ? null : locationAudience(tx, m.fromLocationId());
        Audience main = to != null ? to : from != null ? from : Audience.of(ALL_OFFICES, null);
        tx.addChange(stored, ChangeOp.UPSERT, main, mutationId);
        if (to != null && from != null) {
          if (from.technicianId() != null && !from.technicianId().equals(main.technicianId())) {
            tx.addChange(stored, ChangeOp.UPSERT, Audience.onlyTechnician(from.technicianId()), mutationId);
          }
          if (from.region() != null && !from.region().equals(main.region())) {
            tx.addChange(stored, ChangeOp.UPSERT, Audience.onlyRegion(from.region()), mutationId);
          }
        }
        StockAudiences.destination(tx, stored, m, main, mutationId);
      } else if (entity instanceof PartRequest || entity instanceof PartRequestEvent || entity instanceof SerialUnit
          || entity instanceof StockThreshold) {
        StockAudiences.onWrite(tx, stored, entity, previous, mutationId);
      } else if (entity instanceof EquipmentEvent e) {
        Optional<Equipment> equipment = tx.find(Equipment.class, e.equipmentId());
        String region = equipment.flatMap(q -> tx.find(Site.class, q.siteId())).map(Site::region).orElse(ALL_OFFICES);
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(region, null), mutationId);
        if (equipment.isPresent()) {
          copyToTechnicians(tx, stored, "site_id", equipment.get().siteId(), mutationId);
        }
      } else if (entity instanceof com.fieldops.equipment.model.MaintenancePlan plan) {
        // a plan is about a machine (or its model) in one region: that region's office plans it
        String region = plan.region() != null ? plan.region() : tx.find(Equipment.class, plan.equipmentId())
            .flatMap(q -> tx.find(Site.class, q.siteId())).map(Site::region).orElse(null);
        tx.addChange(stored, ChangeOp.UPSERT, region == null ? Audience.adminsOnly() : Audience.of(region, null),
            mutationId);
      } else if (entity instanceof com.fieldops.identity.model.User u) {
        tx.addChange(stored, ChangeOp.UPSERT, userAudience(tx, u), mutationId);
      } else if (entity instanceof com.fieldops.workorder.model.ChecklistTemplate t) {
        // a region's template is its office's; a template for every region reaches every office
        tx.addChange(stored, ChangeOp.UPSERT, Audience.of(t.region() == null ? ALL_OFFICES : t.region(), null),
            mutationId);
      } else if (entity instanceof SlaPolicy) {
        tx.addChange(stored, ChangeOp.UPSERT, Audience.forEveryone(), mutationId);
      } else {
        UUID workOrderId = workOrderOf(entity);
        if (workOrderId != null) {
          WorkOrder wo = tx.find(WorkOrder.class, workOrderId).orElse(null);
          tx.addChange(stored, ChangeOp.UPSERT, wo == null ? Audience.adminsOnly() : Audience.of(wo.region(),
              technicianOf(tx, wo)), mutationId);
        } else {
          tx.addChange(stored, ChangeOp.UPSERT, Audience.of(ALL_OFFICES, null), mutationId);
        }
      }
    } catch (SQLException e) {
      throw new StorageException("deciding the audience of " + stored.type() + " failed", e);
    }
  }

  /** A user record: their office's region, their technician's region, or (customers) every office. */
  private static Audience userAudience(ApplyingTransaction tx, com.fieldops.identity.model.User u) {
    if (u.region() != null) {
      return Audience.of(u.region(), null);
    }
    if (u.technicianId() != null) {
      return tx.find(Technician.class, u.technicianId()).map(t -> Audience.of(t.region(), t.id()))
          .orElse(Audience.adminsOnly());
    }
    return u.contactId() != null ? Audience.of(ALL_OFFICES, null) : Audience.adminsOnly();
  }

  private static UUID workOrderOf(Object entity) {
    if (entity instanceof WorkOrderEvent e) {
      return e.workOrderId();
    }
    if (entity instanceof Note n) {
      return n.workOrderId();
    }
    if (entity instanceof TimeEntry t) {
      return t.workOrderId();
    }
    if (entity instanceof PartUsage p) {
      return p.workOrderId();
    }
    // checklists, attachments, service reports...: anything that names its work order belongs to it
    return EntityColumns.uuidComponent(entity, "workOrderId");
  }

  static Audience locationAudience(ApplyingTransaction tx, UUID locationId) {
    return tx.find(StockLocation.class, locationId)
        .map(l -> l instanceof StockLocation.Van v ? Audience.of(v.region(), v.technicianId())
            : Audience.of(l.region(), null))
        .orElse(null);
  }

  private void workOrder(ApplyingTransaction tx, StoredEntity stored, WorkOrder wo, WorkOrder before, UUID mutationId)
      throws SQLException {
    tx.addChange(stored, ChangeOp.UPSERT, Audience.of(wo.region(), technicianOf(tx, wo)), mutationId);
    if (before != null && !before.region().equals(wo.region())) {
      tx.addChange(stored, ChangeOp.REMOVE, Audience.onlyRegion(before.region()), mutationId);
    }
    UUID oldTech = before == null ? null : before.assigneeId();
    UUID newTech = wo.assigneeId();
    if (Objects.equals(oldTech, newTech)) {
      UUID holder = technicianOf(tx, wo);
      if (before != null && holder != null) {
        referencesEntering(tx, before, wo, holder, mutationId);
      }
      return;
    }
    tx.flush(nowMillis);
    if (oldTech != null) {
      leaveTechnician(tx, stored, wo, oldTech, mutationId);
    }
    if (newTech != null) {
      enterTechnician(tx, wo, newTech, mutationId);
    }
  }

  /** The technician whose scope holds the job: its assignee, unless the finished job was retired. */
  private static UUID technicianOf(ApplyingTransaction tx, WorkOrder wo) {
    if (wo.assigneeId() == null) {
      return null;
    }
    boolean finished = wo.status() == WorkOrderStatus.CLOSED || wo.status() == WorkOrderStatus.CANCELLED;
    return finished && tx.isRetired(wo.id()) ? null : wo.assigneeId();
  }

  /** A finished job leaves its technician's replica, with its history and what only it needed. */
  void retire(ApplyingTransaction tx, WorkOrder wo) throws SQLException {
    StoredEntity stored = tx.stored("WorkOrder", wo.id());
    leaveTechnician(tx, stored, wo, wo.assigneeId(), null);
  }

  /** The job, its history and whatever only it needed leave the old technician's replica. */
  private void leaveTechnician(ApplyingTransaction tx, StoredEntity stored, WorkOrder wo, UUID tech, UUID mutationId)
      throws SQLException {
    Audience only = Audience.onlyTechnician(tech);
    tx.addChange(stored, ChangeOp.REMOVE, only, mutationId);
    for (StoredEntity child : tx.store().childrenOf(tx.connection(), wo.id())) {
      tx.addChange(child, ChangeOp.REMOVE, only, mutationId);
    }
    var store = tx.store();
    var c = tx.connection();
    if (!store.technicianHasOtherWorkOrder(c, tech, "site_id", wo.siteId(), wo.id())) {
      removeIfPresent(tx, "Site", wo.siteId(), only, mutationId);
      for (UUID equipmentId : equipmentAt(tx, wo)) {
        removeIfPresent(tx, "Equipment", equipmentId, only, mutationId);
        for (StoredEntity e : machineHistory(tx, equipmentId)) {
          tx.addChange(e, ChangeOp.REMOVE, only, mutationId);
        }
      }
    }
    if (!store.technicianHasOtherWorkOrder(c, tech, "customer_id", wo.customerId(), wo.id())) {
      removeIfPresent(tx, "Customer", wo.customerId(), only, mutationId);
      if (wo.contactId() != null) {
        removeIfPresent(tx, "Contact", wo.contactId(), only, mutationId);
      }
    }
  }

  private static List<UUID> equipmentAt(ApplyingTransaction tx, WorkOrder wo) {
    return wo.equipmentId() == null ? List.of() : List.of(wo.equipmentId());
  }

  private static void removeIfPresent(ApplyingTransaction tx, String type, UUID id, Audience audience, UUID mutationId) {
    StoredEntity e = tx.stored(type, id);
    if (e != null) {
      tx.addChange(e, ChangeOp.REMOVE, audience, mutationId);
    }
  }

  /**
   * A job of a technician starts to reference another customer, site, contact or machine: that
   * record enters their scope in the same change, so the pull that brings the edited job brings
   * what it points at (the phone never holds a reference it cannot open).
   */
  private static void referencesEntering(ApplyingTransaction tx, WorkOrder before, WorkOrder wo, UUID tech,
      UUID mutationId) {
    Audience only = Audience.onlyTechnician(tech);
    List<StoredEntity> entering = new ArrayList<>();
    if (!Objects.equals(before.customerId(), wo.customerId())) {
      addIfPresent(tx, entering, "Customer", wo.customerId());
    }
    if (!Objects.equals(before.siteId(), wo.siteId())) {
      addIfPresent(tx, entering, "Site", wo.siteId());
    }
    if (!Objects.equals(before.contactId(), wo.contactId())) {
      addIfPresent(tx, entering, "Contact", wo.contactId());
    }
    if (!Objects.equals(before.equipmentId(), wo.equipmentId())) {
      addIfPresent(tx, entering, "Equipment", wo.equipmentId());
      if (wo.equipmentId() != null) {
        entering.addAll(machineHistory(tx, wo.equipmentId()));
      }
    }
    for (StoredEntity e : entering) {
      tx.addChange(e, ChangeOp.UPSERT, only, mutationId);
    }
  }

  /** The new technician gets the job's history and the records it needs. */
  private void enterTechnician(ApplyingTransaction tx, WorkOrder wo, UUID tech, UUID mutationId) throws SQLException {
    Audience only = Audience.onlyTechnician(tech);
    List<StoredEntity> needed = new ArrayList<>();
    addIfPresent(tx, needed, "Customer", wo.customerId());
    addIfPresent(tx, needed, "Site", wo.siteId());
    addIfPresent(tx, needed, "Contact", wo.contactId());
    addIfPresent(tx, needed, "Equipment", wo.equipmentId());
    if (wo.equipmentId() != null) {
      // the machine's whole service history, earlier visits included: what the last one found
      needed.addAll(machineHistory(tx, wo.equipmentId()));
    }
    for (StoredEntity e : needed) {
      tx.addChange(e, ChangeOp.UPSERT, only, mutationId);
    }
    for (StoredEntity child : tx.store().childrenOf(tx.connection(), wo.id())) {
      tx.addChange(child, ChangeOp.UPSERT, only, mutationId);
    }
  }

  /** The stored history lines of a machine (indexed lookup, migration V130). */
  private static List<StoredEntity> machineHistory(ApplyingTransaction tx, UUID equipmentId) {
    try {
      return tx.store().findByReference(tx.connection(), "EquipmentEvent", "equipmentId", equipmentId.toString());
    } catch (SQLException e) {
      throw new StorageException("reading the history of machine " + equipmentId + " failed", e);
    }
  }

  private static void addIfPresent(ApplyingTransaction tx, List<StoredEntity> into, String type, UUID id) {
    if (id != null) {
      StoredEntity e = tx.stored(type, id);
      if (e != null) {
        into.add(e);
      }
    }
  }

  /** Master data changed: technicians whose jobs need it get a directed copy. */
  private void copyToTechnicians(ApplyingTransaction tx, StoredEntity stored, String column, UUID value,
      UUID mutationId) throws SQLException {
    tx.flush(nowMillis);
    for (UUID tech : tx.store().techniciansWithWorkOrders(tx.connection(), column, value)) {
      tx.addChange(stored, ChangeOp.UPSERT, Audience.onlyTechnician(tech), mutationId);
    }
  }
}
