package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a rule reads as on hand inside a push (approving a part request) counts each movement once:
 * those already committed and flushed through the running balance, and those an earlier mutation of
 * the same batch wrote and nobody flushed yet.
 */
class ApplyingTransactionOnHandTest {
  private Database db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void onHandInAPushCountsCommittedFlushedAndNotYetFlushedMovementsOnce(Dialect dialect) {
    db = TestDatabases.open(dialect);
    EntityStore store = new EntityStore(dialect);
    UUID depot = UUID.randomUUID();
    UUID part = UUID.randomUUID();
    db.write(c -> {
      ApplyingTransaction tx = new ApplyingTransaction(c, store);
      tx.write(movement(part, VirtualLocations.SUPPLIER, depot, 10));
      tx.flush(0L);
      return null;
    });
    int[] seen = new int[4];
    db.write(c -> {
      ApplyingTransaction tx = new ApplyingTransaction(c, store);
      seen[0] = tx.onHand(part, depot);
      tx.write(movement(part, depot, VirtualLocations.IN_TRANSIT, 3));
      seen[1] = tx.onHand(part, depot);
      seen[3] = tx.onHand(part, VirtualLocations.IN_TRANSIT);
      tx.flush(0L);
      seen[2] = tx.onHand(part, depot);
      return null;
    });
    assertThat(seen).containsExactly(10, 7, 7, 3);
  }

  private static StockMovement movement(UUID part, UUID from, UUID to, int q) {
    return new StockMovement(UUID.randomUUID(), part, StockMovementKind.TRANSFER, from, to, q, null, null, null,
        Instant.parse("2026-12-05T10:00:00Z"));
  }
}
