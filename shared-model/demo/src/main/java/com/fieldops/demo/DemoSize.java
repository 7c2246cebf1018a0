package com.fieldops.demo;

/**
 * How much data to make. Sites, contacts, contracts, stock and history follow from these counts.
 */
public record DemoSize(int technicians, int customers, int equipment, int parts, int workOrders) {
  /** The demo: what a dispatcher sees when trying FieldOps. */
  public static final DemoSize DEFAULT = new DemoSize(25, 200, 3_000, 500, 5_000);
  /** For benchmarks: the same company with 100,000 work orders of history. */
  public static final DemoSize SCALE = new DemoSize(25, 200, 3_000, 500, 100_000);
  /** For quick tests. */
  public static final DemoSize SMALL = new DemoSize(8, 20, 120, 60, 300);

  public DemoSize {
    if (technicians < 5 || customers < 5 || equipment < 1 || parts < 25 || workOrders < 0) {
      throw new IllegalArgumentException("too small for a demo: " + technicians + " technicians (min 5), "
          + customers + " customers (min 5), " + parts + " parts (min 25)");
    }
  }

  public DemoSize withWorkOrders(int count) {
    return new DemoSize(technicians, customers, equipment, parts, count);
  }
}
