package com.fieldops.customer.imports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a master-data import file, by their header names (docs/how-to/import-master-data.md).
 * One row per machine, or per site without machines; rows of the same customer (same account
 * number) and of the same site (same account and site name) repeat the same customer and site
 * values. The billing address may be left empty: it is then the site's address.
 */
public enum ImportColumn {
  CUSTOMER_ACCOUNT("customer_account", true),
  CUSTOMER_NAME("customer_name", true),
  CUSTOMER_EMAIL("customer_email", false),
  CUSTOMER_PHONE("customer_phone", false),
  CUSTOMER_LANGUAGE("customer_language", false),
  BILLING_STREET("billing_street", false),
  BILLING_POSTAL_CODE("billing_postal_code", false),
  BILLING_CITY("billing_city", false),
  BILLING_COUNTRY("billing_country", false),
  SITE_NAME("site_name", true),
  SITE_STREET("site_street", true),
  SITE_POSTAL_CODE("site_postal_code", false),
  SITE_CITY("site_city", true),
  SITE_COUNTRY("site_country", true),
  SITE_TIME_ZONE("site_time_zone", true),
  SITE_REGION("site_region", true),
  SITE_LATITUDE("site_latitude", false),
  SITE_LONGITUDE("site_longitude", false),
  SITE_ACCESS_NOTES("site_access_notes", false),
  EQUIPMENT_SERIAL("equipment_serial", false),
  EQUIPMENT_MANUFACTURER("equipment_manufacturer", false),
  EQUIPMENT_MODEL("equipment_model", false),
  EQUIPMENT_CATEGORY("equipment_category", false),
  EQUIPMENT_INSTALL_DATE("equipment_install_date", false),
  EQUIPMENT_WARRANTY_END("equipment_warranty_end", false);

  /** The most rows one file may have (a larger base is imported in parts). */
  public static final int MAX_ROWS = 20_000;

  private final String header;
  private final boolean required;

  ImportColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  public String header() {
    return header;
  }

  /** Whether the header row must have this column (its cells may still be empty where the record allows). */
  public boolean required() {
    return required;
  }

  public static Optional<ImportColumn> byHeader(String name) {
    String n = name.strip();
    return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(n)).findFirst();
  }
}
