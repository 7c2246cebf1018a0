package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.protocol.ChangeOp;
import com.fieldops.server.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The change log's promises, run once per database engine (see the subclasses). */
abstract class ChangeLogContract {
  protected Database db;
  private final ChangeLog log = new ChangeLog();

  abstract Dialect dialect();

  @BeforeEach
  void open() {
    db = TestDatabases.open(dialect());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static ChangeRow row(Audience audience) {
    UUID id = UUID.randomUUID();
    return new ChangeRow("WorkOrder", id, 1, ChangeOp.UPSERT, "{\"id\":\"" + id + "\"}", audience, null);
  }

  private void append(ChangeRow... rows) {
    db.write(c -> log.append(c, List.of(rows), 0L));
  }

  private ChangePage pull(PullScope scope, long after, int limit) {
    return db.snapshot(c -> log.page(c, scope, after, limit));
  }

  @Test
  void numbersAreGapFreeAcrossTransactions() {
    append(row(Audience.forEveryone()), row(Audience.forEveryone()));
    append(row(Audience.forEveryone()));
    assertThat(pull(new PullScope.Everything(), 0, 100).changes()).extracting(LoggedChange::seq)
        .containsExactly(1L, 2L, 3L);
  }

  private void store(String type, UUID id, long version, String data) {
    db.write(c -> {
      new EntityStore(dialect()).upsertAll(c, List.of(new StoredEntity(type, id, version, data, EntityColumns.NONE)),
          0L);
      return null;
    });
  }

  @Test
  void aHistoryRecordIsLoggedWithoutACopyAndPulledWithItsDocument() {
    UUID note = UUID.randomUUID();
    String json = "{\"id\":\"" + note + "\",\"text\":\"Replaced the filter\"}";
    store("Note", note, 1, json);
    ChangeRow row = new ChangeRow("Note", note, 1, ChangeOp.UPSERT, json, Audience.of("north", null), null);
    append(row);

    java.util.Optional<String> logged = db.read(c -> Jdbc.queryOne(c, "SELECT data FROM change_log WHERE entity_id = ?",
        rs -> String.valueOf(rs.getString(1)), note));
    assertThat(logged).contains("null");
    assertThat(pull(new PullScope.Region("north"), 0, 100).changes()).singleElement()
        .satisfies(c -> assertThat(c.data()).isEqualTo(json))
        .satisfies(c -> assertThat(c.version()).isEqualTo(1L));
  }

  @Test
  void aRowWhoseRecordChangedSinceIsSkippedButTheCursorMovesPastIt() {
    UUID event = UUID.randomUUID();
    store("WorkOrderEvent", event, 1, "{\"v\":1}");
    append(new ChangeRow("WorkOrderEvent", event, 1, ChangeOp.UPSERT, "{\"v\":1}", Audience.of("north", null), null));
    // the record is rewritten for another audience: north must not receive the new version
    store("WorkOrderEvent", event, 2, "{\"v\":2}");
    append(new ChangeRow("WorkOrderEvent", event, 2, ChangeOp.UPSERT, "{\"v\":2}", Audience.of("south", null), null));

    ChangePage north = pull(new PullScope.Region("north"), 0, 1);
    assertThat(north.changes()).isEmpty();
    assertThat(north.cursor()).isEqualTo(1L);
    assertThat(pull(new PullScope.Region("north"), north.cursor(), 100).changes()).isEmpty();
    assertThat(pull(new PullScope.Region("south"), 0, 100).changes()).singleElement()
        .satisfies(c -> assertThat(c.data()).isEqualTo("{\"v\":2}"));
  }

  @Test
  void recordsThatChangeKeepTheirOwnCopyInEveryRow() {
    UUID wo = UUID.randomUUID();
    store("WorkOrder", wo, 1, "{\"status\":\"NEW\"}");
    append(new ChangeRow("WorkOrder", wo, 1, ChangeOp.UPSERT, "{\"status\":\"NEW\"}", Audience.of("north", null),
        null));
    store("WorkOrder", wo, 2, "{\"status\":\"ASSIGNED\"}");

    assertThat(pull(new PullScope.Region("north"), 0, 100).changes()).singleElement()
        .satisfies(c -> assertThat(c.data()).isEqualTo("{\"status\":\"NEW\"}"));
  }

  @Test
  void aRolledBackAppendLeavesNoGap() {
    append(row(Audience.forEveryone()));
    assertThatThrownBy(() -> db.write(c -> {
      log.append(c, List.of(row(Audience.forEveryone())), 0L);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    append(row(Audience.forEveryone()));
    assertThat(pull(new PullScope.Everything(), 0, 100).changes()).extracting(LoggedChange::seq)
        .containsExactly(1L, 2L);
  }

  @Test
  void eachScopeGetsOnlyItsOwnRows() {
    UUID tech = UUID.randomUUID();
    UUID otherTech = UUID.randomUUID();
    ChangeRow north = row(Audience.of("north", tech));
    ChangeRow south = row(Audience.of("south", otherTech));
    ChangeRow catalogue = row(Audience.forEveryone());
    ChangeRow removeForTech = new ChangeRow("WorkOrder", north.entityId(), 2, ChangeOp.REMOVE, null,
        Audience.onlyTechnician(tech), null);
    append(north, south, catalogue, removeForTech);

    assertThat(pull(new PullScope.Technician(tech), 0, 100).changes()).extracting(LoggedChange::entityId)
        .containsExactly(north.entityId(), catalogue.entityId(), north.entityId());
    assertThat(pull(new PullScope.Technician(otherTech), 0, 100).changes()).extracting(LoggedChange::entityId)
        .containsExactly(south.entityId(), catalogue.entityId());
    assertThat(pull(new PullScope.Region("north"), 0, 100).changes()).extracting(LoggedChange::entityId)
        .containsExactly(north.entityId(), catalogue.entityId());
    assertThat(pull(new PullScope.Everything(), 0, 100).changes()).extracting(LoggedChange::op)
        .containsExactly(ChangeOp.UPSERT, ChangeOp.UPSERT, ChangeOp.UPSERT);
    assertThat(pull(new PullScope.Nothing(), 0, 100).changes()).isEmpty();
  }

  @Test
  void pagesContinueFromTheCursorAndTheLastPageJumpsToTheEnd() {
    UUID tech = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      append(row(Audience.of("north", tech)), row(Audience.of("south", null)));
    }
    ChangePage first = pull(new PullScope.Region("north"), 0, 3);
    assertThat(first.hasMore()).isTrue();
    assertThat(first.changes()).extracting(LoggedChange::seq).containsExactly(1L, 3L, 5L);
    ChangePage second = pull(new PullScope.Region("north"), first.cursor(), 3);
    assertThat(second.changes()).extracting(LoggedChange::seq).containsExactly(7L, 9L);
    assertThat(second.hasMore()).isFalse();
    assertThat(second.cursor()).isEqualTo(10L);
    assertThat(pull(new PullScope.Region("north"), second.cursor(), 3).changes()).isEmpty();
  }

  /**
   * Writers append concurrently while a reader follows the log by cursor, as a client does. Every
   * number must be seen exactly once and in order: no change may appear behind a cursor.
   */
  @Test
  void aCursorFollowingConcurrentWritersNeverSkipsAChange() throws Exception {
    int writers = 8;
    int batchesPerWriter = 40;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    AtomicBoolean done = new AtomicBoolean();
    try {
      Future<List<Long>> reader = pool.submit(() -> {
        List<Long> seen = new ArrayList<>();
        long cursor = 0;
        while (true) {
          boolean finished = done.get();
          ChangePage page = pull(new PullScope.Everything(), cursor, 50);
          page.changes().forEach(ch -> seen.add(ch.seq()));
          cursor = page.cursor();
          if (finished && !page.hasMore()) {
            return seen;
          }
        }
      });
      List<Future<?>> writing = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        writing.add(pool.submit(() -> {
          for (int b = 0; b < batchesPerWriter; b++) {
            db.write(c -> {
              long last = log.append(c, List.of(row(Audience.forEveryone()), row(Audience.forEveryone())), 0L);
              // hold the transaction open a little, as a real push does, to widen the race window
              LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(1_000_000));
              return last;
            });
          }
          return null;
        }));
      }
      for (Future<?> f : writing) {
        f.get(60, TimeUnit.SECONDS);
      }
      done.set(true);
      List<Long> seen = reader.get(60, TimeUnit.SECONDS);
      int total = writers * batchesPerWriter * 2;
      List<Long> expected = new ArrayList<>();
      for (long s = 1; s <= total; s++) {
        expected.add(s);
      }
      assertThat(seen).containsExactlyElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
