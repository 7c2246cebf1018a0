package com.fieldops.replica.store;

/**
 * Entity type names as they appear in the change log ({@code Change.entityType}): the simple
 * name of the domain record.
 */
public final class EntityTypes {
  public static final String WORK_ORDER = "WorkOrder";
  public static final String WORK_ORDER_EVENT = "WorkOrderEvent";
  public static final String NOTE = "Note";
  public static final String TIME_ENTRY = "TimeEntry";
  public static final String PART_USAGE = "PartUsage";
  public static final String ATTACHMENT = "Attachment";
  public static final String CUSTOMER = "Customer";
  public static final String SITE = "Site";
  public static final String CONTACT = "Contact";
  public static final String SERVICE_CONTRACT = "ServiceContract";
  public static final String SLA_POLICY = "SlaPolicy";
  public static final String EQUIPMENT = "Equipment";
  public static final String EQUIPMENT_EVENT = "EquipmentEvent";
  public static final String TECHNICIAN = "Technician";
  public static final String PART = "Part";
  public static final String STOCK_LOCATION = "StockLocation";
  public static final String STOCK_LEVEL = "StockLevel";
  public static final String USER = "User";

  private EntityTypes() {}
}
