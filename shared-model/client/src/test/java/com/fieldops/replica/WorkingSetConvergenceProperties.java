package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * A first sign-in applies the server's working set, then replays the whole scope from cursor 0
 * (docs/decisions/0031). Whatever the history (edits, a record leaving the scope and coming back, at
 * the same version or a later one) and however the replay is split into pages, the replica ends
 * exactly as the replay alone leaves it, and while the replay runs a record the working set showed
 * never goes back to an older version nor disappears, unless the log removes it after the working set.
 */
class WorkingSetConvergenceProperties {
  /** kind: 0 edited (a new version; sent only while in scope), 1 leaves the scope, 2 enters it (current version). */
  record Step(int kind, int record) {}

  @Provide
  Arbitrary<List<Step>> history() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
        .as(Step::new).list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Integer>> pageSizes() {
    return Arbitraries.integers().between(1, 6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED)
  void workingSetThenFullReplayEndsAsTheReplayAloneAndNeverGoesBack(@ForAll("history") List<Step> history,
      @ForAll @IntRange(min = 0, max = 100) int snapshotPercent, @ForAll("pageSizes") List<Integer> pageSizes,
      @ForAll("pageSizes") List<Integer> otherPageSizes, @ForAll long subsetSeed) throws Exception {
    // the server: three customers, their versions, and the technician's log rows
    UUID[] ids = new UUID[3];
    long[] version = new long[3];
    boolean[] inScope = new boolean[3];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Ids.newId();
      version[i] = 1;
    }
    List<Change> log = new ArrayList<>();
    List<Map<UUID, Change>> scopeAfter = new ArrayList<>(); // the technician's records after each row
    Map<UUID, Change> scope = new HashMap<>();
    scopeAfter.add(Map.copyOf(scope));
    for (Step s : history) {
      int r = s.record();
      Change row = null;
      switch (s.kind()) {
        case 0 -> {
          version[r]++;
          row = inScope[r] ? upsert(log.size() + 1, ids[r], version[r]) : null;
        }
        case 1 -> row = inScope[r] ? new Change(log.size() + 1, "Customer", ids[r], version[r], ChangeOp.REMOVE, null)
            : null;
        default -> row = inScope[r] ? null : upsert(log.size() + 1, ids[r], version[r]);
      }
      if (row == null) {
        continue;
      }
      inScope[r] = row.op() == ChangeOp.UPSERT;
      log.add(row);
      if (row.op() == ChangeOp.UPSERT) {
        scope.put(row.entityId(), row);
      } else {
        scope.remove(row.entityId());
      }
      scopeAfter.add(Map.copyOf(scope));
    }
    // the working set: part of the scope as of a log position, as documents (no seq of their own)
    int at = log.size() * snapshotPercent / 100;
    java.util.Random pick = new java.util.Random(subsetSeed);
    List<Change> workingSet = new ArrayList<>();
    for (Change c : scopeAfter.get(at).values()) {
      if (pick.nextInt(4) != 0) {
        workingSet.add(new Change(0, c.entityType(), c.entityId(), c.version(), c.op(), c.data()));
      }
    }

    Path dir = Files.createTempDirectory("working-set");
    ReplicaFixtures world = new ReplicaFixtures();
    try (LocalReplica alone = ReplicaFixtures.offlineReplica(dir.resolve("alone.db"), world.technicianUser());
        LocalReplica first = ReplicaFixtures.offlineReplica(dir.resolve("first.db"), world.technicianUser())) {
      replay(alone, log, otherPageSizes, () -> { });

      first.store().applyWorkingSet(workingSet, at);
      Map<String, Long> shown = held(first);
      replay(first, log, pageSizes, () -> {
        Map<String, Long> now = held(first);
        long cursor = first.store().cursor();
        for (Map.Entry<String, Long> e : shown.entrySet()) {
          boolean removedSince = log.stream().anyMatch(c -> c.seq() > at && c.seq() <= cursor
              && c.op() == ChangeOp.REMOVE && e.getKey().equals(key(c)));
          if (!removedSince) {
            assertThat(now.get(e.getKey())).as("%s shown from the working set, at cursor %d", e.getKey(), cursor)
                .isNotNull().isGreaterThanOrEqualTo(e.getValue());
          }
        }
      });
      first.store().scopeHeld();

      assertThat(documents(first)).isEqualTo(documents(alone));
    }
  }

  /** A customer who left with one job and came back with another, unchanged: same version both times. */
  @Example
  void aRecordThatLeftAndCameBackAtTheSameVersionStaysShownThroughTheReplay() throws Exception {
    workingSetThenFullReplayEndsAsTheReplayAloneAndNeverGoesBack(
        List.of(new Step(2, 0), new Step(1, 0), new Step(2, 0), new Step(0, 1), new Step(2, 1)), 100, List.of(1),
        List.of(2), 7L);
  }

  private static void replay(LocalReplica replica, List<Change> log, List<Integer> pageSizes, Runnable afterPage) {
    int from = 0;
    int page = 0;
    do {
      int to = Math.min(log.size(), from + pageSizes.get(page++ % pageSizes.size()));
      List<Change> rows = log.subList(from, to);
      replica.store().applyPullPage(rows, rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq());
      afterPage.run();
      from = to;
    } while (from < log.size());
  }

  private static Change upsert(long seq, UUID id, long version) {
    JsonNode data = Json.mapper().valueToTree(new Customer(id, "Customer v" + version, null, null, null,
        new Address("1 Main St", "10115", "Berlin", null, "DE"), "en"));
    return new Change(seq, "Customer", id, version, ChangeOp.UPSERT, data);
  }

  private static String key(Change c) {
    return c.entityType() + "/" + c.entityId();
  }

  private static Map<String, Long> held(LocalReplica r) {
    return r.store().query(c -> {
      Map<String, Long> out = new TreeMap<>();
      try (var ps = c.prepareStatement("SELECT type, id, version FROM view_doc"); var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
        }
      }
      return out;
    });
  }

  private static Map<String, String> documents(LocalReplica r) {
    return r.store().query(c -> {
      Map<String, String> out = new TreeMap<>();
      try (var ps = c.prepareStatement("SELECT type, id, version, data FROM view_doc"); var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3) + " " + rs.getString(4));
        }
      }
      return out;
    });
  }
}
