package com.fieldops.replica.store;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;

/**
 * Short names for the change-log entity types the replica's queries read. The names themselves
 * come from the registry ({@link EntityNames}); {@link EntityNames#all()} lists every kind.
 */
public final class EntityTypes {
  public static final String WORK_ORDER = EntityNames.of(WorkOrder.class);
  public static final String WORK_ORDER_EVENT = EntityNames.of(WorkOrderEvent.class);
  public static final String NOTE = EntityNames.of(Note.class);
  public static final String TIME_ENTRY = EntityNames.of(TimeEntry.class);
  public static final String PART_USAGE = EntityNames.of(PartUsage.class);
  public static final String ATTACHMENT = EntityNames.of(Attachment.class);
  public static final String CUSTOMER = EntityNames.of(Customer.class);
  public static final String SITE = EntityNames.of(Site.class);
  public static final String CONTACT = EntityNames.of(Contact.class);
  public static final String SERVICE_CONTRACT = EntityNames.of(ServiceContract.class);
  public static final String SLA_POLICY = EntityNames.of(SlaPolicy.class);
  public static final String DEFAULT_SLA_POLICY = EntityNames.of(DefaultSlaPolicy.class);
  public static final String EQUIPMENT = EntityNames.of(Equipment.class);
  public static final String EQUIPMENT_EVENT = EntityNames.of(EquipmentEvent.class);
  public static final String TECHNICIAN = EntityNames.of(Technician.class);
  public static final String PART = EntityNames.of(Part.class);
  public static final String STOCK_LOCATION = EntityNames.of(StockLocation.class);
  public static final String STOCK_LEVEL = EntityNames.of(StockLevel.class);
  public static final String STOCK_MOVEMENT = EntityNames.of(StockMovement.class);
  public static final String USER = EntityNames.of(User.class);

  private EntityTypes() {}
}
