package com.fieldops.server.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.common.json.Json;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.testing.InterleavedTransactions;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import java.time.Instant;
import java.util.ArrayList;
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
 * The running on-hand the database keeps per warehouse or van and part (stock_on_hand, migration
 * V250) is only a cache of the ledger: after any interleaving of movements written, rewritten and
 * removed, in transactions that commit or roll back, it equals the sum of the movements, and both equal
 * what the shared {@link Ledger} computes over the movements that remain. Run per database engine.
 */
abstract class LedgerBalanceContract {
  private static final Map<Dialect, Database> DATABASES = new EnumMap<>(Dialect.class);

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
   * One step: {@code kind} 0–4 writes a new movement (receipt, transfer out, receipt of a transfer,
   * part used, count correction), 5 rewrites an earlier one, 6 removes one; {@code commit} false rolls
   * the step's transaction back; {@code sameTransaction} joins it to the previous step's transaction.
   */
  record Step(int kind, int where, int quantity, int earlier, boolean secondPart, boolean commit,
      boolean sameTransaction) implements InterleavedTransactions.Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 20), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 5).map(i -> i > 0), Arbitraries.of(true, false)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
  void runningOnHandEqualsTheSumOfTheMovementsAfterAnyInterleaving(@ForAll("steps") List<Step> steps) {
    Database db = db();
    EntityStore store = new EntityStore(db.dialect());
    LedgerOnHand ledger = new LedgerOnHand(db.dialect());
    // fresh locations and parts per try: the database is shared by the tries
    UUID warehouse = UUID.randomUUID();
    UUID van = UUID.randomUUID();
    UUID[] parts = {UUID.randomUUID(), UUID.randomUUID()};
    Map<UUID, StockMovement> committed = InterleavedTransactions.run(db, steps,
        (c, s, working) -> apply(c, store, s, working, warehouse, van, parts));

    Map<Ledger.Slot, Integer> expected = Ledger.onHand(committed.values());
    db.read(c -> {
      for (UUID at : List.of(warehouse, van, VirtualLocations.IN_TRANSIT)) {
        Map<UUID, Long> balance = nonZero(ledger.at(c, at));
        Map<UUID, Long> summed = nonZero(ledger.summed(c, at));
        Map<UUID, Long> model = new LinkedHashMap<>();
        for (UUID part : parts) {
          int q = expected.getOrDefault(new Ledger.Slot(part, at), 0);
          if (q != 0) {
            model.put(part, (long) q);
          }
        }
        if (at.equals(VirtualLocations.IN_TRANSIT)) {
          // shared by every try: only this try's parts
          balance.keySet().retainAll(List.of(parts));
          summed.keySet().retainAll(List.of(parts));
        }
        assertThat(balance).as("running on-hand at %s", at).isEqualTo(summed).isEqualTo(model);
      }
      return null;
    });
  }

  /** A van may go below zero (parts used offline); the running balance goes there with it. */
  @Property(tries = 1)
  void aVanBelowZeroShowsTheNegativeOnHand() {
    Database db = db();
    EntityStore store = new EntityStore(db.dialect());
    UUID van = UUID.randomUUID();
    UUID part = UUID.randomUUID();
    db.write(c -> {
      store.upsertAll(c, List.of(stored(movement(part, StockMovementKind.CONSUMPTION, van,
          VirtualLocations.CUSTOMER_SITE, 3)), stored(movement(part, StockMovementKind.RECEIPT,
          VirtualLocations.SUPPLIER, van, 1))), 0L);
      return null;
    });
    Map<UUID, Long> onHand = db.read(c -> new LedgerOnHand(db.dialect()).at(c, van));
    assertThat(onHand).containsExactly(Map.entry(part, -2L));
  }

  /** The balance is the database's: nothing in the server writes it, and a bad movement changes nothing. */
  @Property(tries = 1)
  void aFailedWriteLeavesTheBalanceAsItWas() {
    Database db = db();
    EntityStore store = new EntityStore(db.dialect());
    UUID van = UUID.randomUUID();
    UUID part = UUID.randomUUID();
    db.write(c -> {
      store.upsertAll(c, List.of(stored(movement(part, StockMovementKind.RECEIPT, VirtualLocations.SUPPLIER, van, 5))),
          0L);
      return null;
    });
    assertThatThrownBy(() -> db.write(c -> {
      store.upsertAll(c, List.of(stored(movement(part, StockMovementKind.CONSUMPTION, van,
          VirtualLocations.CUSTOMER_SITE, 2))), 0L);
      Jdbc.update(c, "INSERT INTO no_such_table VALUES (1)");
      return null;
    })).isInstanceOf(RuntimeException.class);
    Map<UUID, Long> onHand = db.read(c -> new LedgerOnHand(db.dialect()).at(c, van));
    assertThat(onHand).containsExactly(Map.entry(part, 5L));
  }

  private static void apply(java.sql.Connection c, EntityStore store, Step s, Map<UUID, StockMovement> working,
      UUID warehouse, UUID van, UUID[] parts) throws java.sql.SQLException {
    UUID at = s.where() == 0 ? warehouse : van;
    UUID part = parts[s.secondPart() ? 1 : 0];
    List<StockMovement> existing = new ArrayList<>(working.values());
    StockMovement m;
    switch (s.kind()) {
      case 0 -> m = movement(part, StockMovementKind.RECEIPT, VirtualLocations.SUPPLIER, at, s.quantity());
      case 1 -> m = movement(part, StockMovementKind.TRANSFER, at, VirtualLocations.IN_TRANSIT, s.quantity());
      case 2 -> m = movement(part, StockMovementKind.TRANSFER, VirtualLocations.IN_TRANSIT, at, s.quantity());
      case 3 -> m = movement(part, StockMovementKind.CONSUMPTION, at, VirtualLocations.CUSTOMER_SITE, s.quantity());
      case 4 -> m = s.quantity() % 2 == 0
          ? movement(part, StockMovementKind.ADJUSTMENT, VirtualLocations.INVENTORY_LOSS, at, s.quantity())
          : movement(part, StockMovementKind.ADJUSTMENT, at, VirtualLocations.INVENTORY_LOSS, s.quantity());
      case 5 -> {
        if (existing.isEmpty()) {
          return;
        }
        // a rewrite of an earlier movement (an import run again with corrected figures): other
        // quantity, other part, other end
        StockMovement old = existing.get(s.earlier() % existing.size());
        m = new StockMovement(old.id(), part, old.kind(), old.fromLocationId() == null || VirtualLocations.isVirtual(
            old.fromLocationId()) ? old.fromLocationId() : at, old.toLocationId() == null
            || VirtualLocations.isVirtual(old.toLocationId()) ? old.toLocationId() : at, s.quantity(), null, null, null,
            old.occurredAt());
      }
      default -> {
        if (existing.isEmpty()) {
          return;
        }
        StockMovement gone = existing.get(s.earlier() % existing.size());
        Jdbc.update(c, "DELETE FROM entity WHERE entity_type = 'StockMovement' AND id = ?", gone.id().toString());
        working.remove(gone.id());
        return;
      }
    }
    store.upsertAll(c, List.of(stored(m)), 0L);
    working.put(m.id(), m);
  }

  private static StockMovement movement(UUID part, StockMovementKind kind, UUID from, UUID to, int quantity) {
    return new StockMovement(UUID.randomUUID(), part, kind, from, to, quantity, null, null, null,
        Instant.parse("2026-12-05T10:00:00Z"));
  }

  private static StoredEntity stored(StockMovement m) {
    return new StoredEntity("StockMovement", m.id(), 1, Json.write(m), EntityColumns.of(m));
  }

  private static Map<UUID, Long> nonZero(Map<UUID, Long> m) {
    Map<UUID, Long> out = new LinkedHashMap<>(m);
    out.values().removeIf(q -> q == 0L);
    return out;
  }

}
