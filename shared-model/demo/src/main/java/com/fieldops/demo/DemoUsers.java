package com.fieldops.demo;

/**
 * Sign-in of the demo users. FOR THE DEMO ONLY: every demo user has the same published password;
 * a real installation creates its own users.
 *
 * <ul>
 *   <li>{@value #ADMIN} — administrator, all regions
 *   <li>{@value #DISPATCHER} — dispatcher for EU-CENTRAL (the busiest region); also
 *       {@code dispatcher.uk}, {@code dispatcher.us-east}, {@code dispatcher.us-west} and
 *       {@code dispatcher.cn} (Chinese UI language) for the other regions
 *   <li>{@value #SUPERVISOR} — supervisor for EU-CENTRAL
 *   <li>{@code tech01} … {@code tech25} — one per technician (tech01 works in EU-CENTRAL)
 *   <li>{@value #CUSTOMER} — a contact of the first customer, can see its work orders and rate visits
 * </ul>
 */
public final class DemoUsers {
  /** The one demo password. Documented in the README; never use it outside the demo. */
  public static final String PASSWORD = "fieldops-demo";

  public static final String ADMIN = "admin";
  public static final String DISPATCHER = "dispatcher";
  public static final String SUPERVISOR = "supervisor";
  public static final String CUSTOMER = "customer";
  /** Technician user names are {@code tech01}, {@code tech02}, ... in technician order. */
  public static final String TECHNICIAN_PREFIX = "tech";

  private DemoUsers() {}

  public static String technician(int oneBased) {
    return String.format("%s%02d", TECHNICIAN_PREFIX, oneBased);
  }

  static String dispatcherFor(DemoRegion region) {
    return region == DemoRegion.EU_CENTRAL ? DISPATCHER
        : DISPATCHER + "." + (region == DemoRegion.CN_EAST ? "cn" : region.code.toLowerCase(java.util.Locale.ROOT));
  }
}
