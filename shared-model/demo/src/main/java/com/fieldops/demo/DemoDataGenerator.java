package com.fieldops.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the demo world. Deterministic: the same seed, size and reference time give equal data
 * (equal records, equal ids). The data is relative to {@code now} — open jobs were created minutes
 * to hours before it, history reaches a year back — so a demo started today shows live SLA clocks.
 *
 * <p>Master data and work orders use separate random streams: the 100k set has the same
 * customers, technicians and parts as the default set.
 *
 * <pre>{@code
 * DemoDataSet demo = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.DEFAULT, Instant.now());
 * }</pre>
 */
public final class DemoDataGenerator {
  public static final long DEFAULT_SEED = 20_260_302L;
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);

  private DemoDataGenerator() {}

  /** The default demo, relative to the clock's current time (truncated to the minute). */
  public static DemoDataSet defaultSet(Clock clock) {
    return generate(DEFAULT_SEED, DemoSize.DEFAULT, clock.instant().truncatedTo(ChronoUnit.MINUTES));
  }

  public static DemoDataSet generate(long seed, DemoSize size, Instant now) {
    long started = System.nanoTime();
    DemoWorld world = new DemoWorld(now);
    new DemoMasterData(new DemoRandom(seed), size, world).build();
    DemoStock stock = new DemoStock(new DemoRandom(seed * 31 + 1), world, now.minus(Duration.ofDays(400)));
    stock.open();
    long masterDone = System.nanoTime();
    DemoWorkOrders jobs = new DemoWorkOrders(new DemoRandom(seed * 31 + 2), world, stock);
    jobs.generate(size.workOrders());
    long jobsDone = System.nanoTime();

    List<com.fieldops.equipment.model.EquipmentEvent> equipmentEvents = new ArrayList<>(world.equipmentEvents);
    equipmentEvents.addAll(jobs.equipmentEvents);
    DemoDataSet set = new DemoDataSet(List.copyOf(world.slaPolicies), List.copyOf(world.customers),
        List.copyOf(world.sites), List.copyOf(world.contacts), List.copyOf(world.contracts), List.copyOf(world.equipment),
        List.copyOf(equipmentEvents), List.copyOf(world.maintenancePlans), List.copyOf(world.technicians),
        List.copyOf(world.stockLocations), List.copyOf(world.parts), List.copyOf(stock.levels()),
        List.copyOf(stock.movements()), List.copyOf(jobs.partRequests), List.copyOf(jobs.workOrders),
        List.copyOf(jobs.events), List.copyOf(jobs.notes), List.copyOf(jobs.timeEntries), List.copyOf(jobs.partUsages),
        List.copyOf(jobs.checklists), List.copyOf(jobs.attachments), List.copyOf(jobs.reports),
        List.copyOf(jobs.feedback), List.copyOf(world.users));
    LOG.info("Demo data: {} work orders, {} events, {} records in all, made in {} ms "
            + "(master data {} ms, work orders {} ms; seed {})",
        set.workOrders().size(), set.workOrderEvents().size(), set.counts().values().stream().mapToInt(i -> i).sum(),
        (System.nanoTime() - started) / 1_000_000, (masterDone - started) / 1_000_000,
        (jobsDone - masterDone) / 1_000_000, seed);
    return set;
  }
}
