package com.fieldops.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.json.Json;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.testing.InterleavedTransactions;
import com.fieldops.server.testing.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The latest visit per (plan, machine) that the database keeps beside the visits (planned_visit_latest,
 * migration V280), which the generator's tick reads instead of every visit ever made: after any
 * interleaving of visits written, rewritten (an import run again, as it was or with another due date or
 * threshold) and removed, in transactions that commit or roll back, it holds for every (plan, machine)
 * exactly the due date and threshold of the latest visit that remains, in the generator's order (due
 * date, then threshold). Run per database engine.
 */
abstract class LatestVisitContract {
  private static final Map<Dialect, Database> DATABASES = new EnumMap<>(Dialect.class);
  private static final Comparator<PlannedVisit> ORDER = Comparator.comparing(PlannedVisit::dueOn)
      .thenComparing(v -> v.meterThreshold() == null ? BigDecimal.ZERO : v.meterThreshold());

  abstract Dialect dialect();

  private Database db() {
    return DATABASES.computeIfAbsent(dialect(), TestDatabases::open);
  }

  @AfterContainer
  static void closeDatabases() {
    DATABASES.values().forEach(Database::close);
    DATABASES.clear();
  }

  /**
   * One step: {@code kind} 0–2 writes a new visit, 3 rewrites an earlier one as it was, 4 rewrites an
   * earlier one with this step's due day and threshold, 5 removes one; {@code commit} false rolls the
   * step's transaction back; {@code sameTransaction} joins it to the previous step's transaction.
   */
  record Step(int kind, int target, int day, int threshold, int earlier, boolean commit, boolean sameTransaction)
      implements InterleavedTransactions.Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(-1, 3),
        Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 5).map(i -> i > 0),
        Arbitraries.of(true, false)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
  void theLatestVisitPerPlanAndMachineIsTheLatestThatRemains(@ForAll("steps") List<Step> steps) {
    Database db = db();
    EntityStore store = new EntityStore(db.dialect());
    // fresh plans and machines per try: the database is shared by the tries
    UUID[] plans = {UUID.randomUUID(), UUID.randomUUID()};
    UUID[] machines = {UUID.randomUUID(), UUID.randomUUID()};
    Map<UUID, PlannedVisit> committed = InterleavedTransactions.run(db, steps,
        (c, s, working) -> apply(c, store, s, working, plans, machines));

    // per (plan, machine), every visit that ties for latest in the generator's order: a visit without a
    // threshold and one with 0 on the same day tie, and the table keeps whichever came first
    Map<String, java.util.Set<String>> latest = new LinkedHashMap<>();
    for (PlannedVisit v : committed.values()) {
      String key = v.planId() + "/" + v.equipmentId();
      List<PlannedVisit> same = committed.values().stream()
          .filter(o -> (o.planId() + "/" + o.equipmentId()).equals(key)).toList();
      PlannedVisit best = same.stream().max(ORDER).orElseThrow();
      latest.put(key, same.stream().filter(o -> ORDER.compare(o, best) == 0).map(LatestVisitContract::describe)
          .collect(java.util.stream.Collectors.toSet()));
    }
    Map<String, String> kept = new LinkedHashMap<>();
    db.read(c -> {
      for (UUID plan : plans) {
        for (String[] row : Jdbc.query(c, "SELECT equipment_id, visit_id, data FROM planned_visit_latest"
            + " WHERE plan_id = ?", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
            plan.toString())) {
          PlannedVisit v = PlanState.parse(row[2], PlannedVisit.class);
          assertThat(row[1]).as("visit id beside its document").isEqualTo(v.id().toString());
          assertThat(row[0]).isEqualTo(v.equipmentId().toString());
          kept.put(plan + "/" + row[0], describe(v));
        }
      }
      return null;
    });
    assertThat(kept.keySet()).as("a row for every (plan, machine) with a visit, and no other")
        .isEqualTo(latest.keySet());
    kept.forEach((key, row) -> assertThat(latest.get(key)).as("the latest visit of " + key).contains(row));
  }

  private static String describe(PlannedVisit v) {
    return v.dueOn() + " " + (v.meterThreshold() == null ? "-" : v.meterThreshold().stripTrailingZeros().toPlainString());
  }

  private static void apply(java.sql.Connection c, EntityStore store, Step s, Map<UUID, PlannedVisit> working,
      UUID[] plans, UUID[] machines) throws java.sql.SQLException {
    List<PlannedVisit> existing = new ArrayList<>(working.values());
    LocalDate due = LocalDate.of(2027, 1, 1).plusDays(s.day());
    BigDecimal threshold = s.threshold() < 0 ? null : BigDecimal.valueOf(500L * s.threshold());
    PlannedVisit v;
    if (s.kind() <= 2) {
      v = new PlannedVisit(UUID.randomUUID(), plans[s.target() / 2], machines[s.target() % 2], UUID.randomUUID(), due,
          threshold, Instant.parse("2027-01-01T06:00:00Z"));
    } else if (existing.isEmpty()) {
      return;
    } else {
      PlannedVisit old = existing.get(s.earlier() % existing.size());
      if (s.kind() == 5) {
        Jdbc.update(c, "DELETE FROM entity WHERE entity_type = 'PlannedVisit' AND id = ?", old.id().toString());
        working.remove(old.id());
        return;
      }
      v = s.kind() == 3
          // the same visit again, as an import run twice writes it: only the document's creation time differs
          ? new PlannedVisit(old.id(), old.planId(), old.equipmentId(), old.workOrderId(), old.dueOn(),
              old.meterThreshold(), old.createdAt().plusSeconds(1))
          : new PlannedVisit(old.id(), old.planId(), old.equipmentId(), old.workOrderId(), due, threshold,
              old.createdAt());
    }
    store.upsertAll(c, List.of(new StoredEntity("PlannedVisit", v.id(), 1, Json.write(v), EntityColumns.of(v))), 0L);
    working.put(v.id(), v);
  }

}
