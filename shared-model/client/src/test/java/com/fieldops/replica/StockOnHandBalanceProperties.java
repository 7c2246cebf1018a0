package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.Money;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.MutationResult;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The replica's running on-hand (view_stock_on_hand, migration V250) is a cache of its view's
 * movements: after any interleaving of pulled movements (new, rewritten, removed), parts used on the
 * phone (pending), rejections that undo them (rebase) and a fresh pull from zero, {@code onHand} equals
 * {@link Ledger#onHand} over the movements the view holds, with "pending" where one of them is the
 * phone's own, and lists no part that no movement there touches.
 */
class StockOnHandBalanceProperties {

  /** kind: 0 pulled new movement, 1 pulled removal, 2 pulled rewrite, 3 part used here, 4 oldest rejected, 5 pull from zero. */
  record Step(int kind, int quantity, int pick, boolean secondPart, boolean intoVan) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 9),
        Arbitraries.integers().between(0, 30), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(Step::new).list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 30, shrinking = ShrinkingMode.BOUNDED)
  void onHandEqualsTheSumOfTheViewsMovementsAfterAnyInterleaving(@ForAll("steps") List<Step> steps)
      throws Exception {
    ReplicaFixtures world = new ReplicaFixtures();
    UUID van = Ids.newId();
    UUID job = Ids.newId();
    UUID[] parts = {Ids.newId(), Ids.newId()};
    Path dir = Files.createTempDirectory("stock-balance");
    try (LocalReplica phone = ReplicaFixtures.offlineReplica(dir.resolve("tina.db"), world.technicianUser())) {
      List<Change> setup = new ArrayList<>(List.of(world.upsert(world.customer(), 1), world.upsert(world.site(), 1),
          world.upsert(world.technician(world.technicianId, world.techUserId, "Tina Tech"), 1),
          world.upsert(world.workOrder(job, WorkOrderStatus.ON_SITE, world.technicianId), 1),
          world.upsert(new StockLocation.Van(van, "Van 7", ReplicaFixtures.REGION, world.technicianId, null), 1)));
      for (int i = 0; i < parts.length; i++) {
        setup.add(world.upsert(new Part(parts[i], "P-" + i + "00", "Part " + i, null, false, Money.of("1.00", "EUR"),
            Money.of("2.00", "EUR"), "pc"), 1));
      }
      phone.store().applyPullPage(setup, world.lastSeq());
      Map<UUID, StockMovement> server = new LinkedHashMap<>();
      for (Step s : steps) {
        UUID part = parts[s.secondPart() ? 1 : 0];
        switch (s.kind()) {
          case 0 -> {
            StockMovement m = s.intoVan()
                ? movement(Ids.newId(), part, StockMovementKind.RECEIPT, VirtualLocations.SUPPLIER, van, s.quantity())
                : movement(Ids.newId(), part, StockMovementKind.TRANSFER, van, VirtualLocations.IN_TRANSIT, s.quantity());
            server.put(m.id(), m);
            phone.store().applyPullPage(List.of(world.upsert(m, 1)), world.lastSeq());
          }
          case 1 -> {
            if (!server.isEmpty()) {
              UUID gone = new ArrayList<>(server.keySet()).get(s.pick() % server.size());
              server.remove(gone);
              phone.store().applyPullPage(List.of(world.remove("StockMovement", gone, 2)), world.lastSeq());
            }
          }
          case 2 -> {
            if (!server.isEmpty()) {
              StockMovement old = new ArrayList<>(server.values()).get(s.pick() % server.size());
              StockMovement m = movement(old.id(), part, old.kind(), old.fromLocationId(), old.toLocationId(),
                  s.quantity());
              server.put(m.id(), m);
              phone.store().applyPullPage(List.of(world.upsert(m, 2)), world.lastSeq());
            }
          }
          case 3 -> assertThat(phone.record("ConsumePart", job, new ConsumePart(Ids.newId(), part, van, s.quantity(),
              null))).as("part used on the phone").isInstanceOf(com.fieldops.replica.store.CommandOutcome.Recorded.class);
          case 4 -> {
            List<StoredMutation> pending = phone.store().pendingBatch(1);
            if (!pending.isEmpty()) {
              phone.store().storePushResults(List.of(MutationResult.rejected(pending.get(0).envelope().id(),
                  "INVALID", "refused", null)));
            }
          }
          default -> {
            // the device forgets the server's state and takes it again from zero; its own work stays
            phone.store().rebootstrap();
            List<Change> again = new ArrayList<>(setup);
            server.values().forEach(m -> again.add(world.upsert(m, 1)));
            phone.store().applyPullPage(again, world.lastSeq());
          }
        }
      }

      Map<Ledger.Slot, Integer> expected = new LinkedHashMap<>();
      Set<Ledger.Slot> touched = new HashSet<>();
      Set<Ledger.Slot> pendingSlots = new HashSet<>();
      phone.store().query(c -> {
        try (var ps = c.prepareStatement("SELECT data, pending FROM view_doc WHERE type = 'StockMovement'");
            var rs = ps.executeQuery()) {
          while (rs.next()) {
            StockMovement m = Json.mapper().readValue(rs.getString(1), StockMovement.class);
            boolean mine = rs.getInt(2) != 0;
            Ledger.onHand(List.of(m)).forEach((slot, q) -> {
              expected.merge(slot, q, Integer::sum);
              touched.add(slot);
              if (mine) {
                pendingSlots.add(slot);
              }
            });
          }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        return null;
      });
      for (UUID at : List.of(van, VirtualLocations.IN_TRANSIT, VirtualLocations.CUSTOMER_SITE)) {
        Map<UUID, String> shown = new LinkedHashMap<>();
        phone.stock().onHand(at).forEach(l -> shown.put(l.partId(), l.onHand() + (l.pending() ? " pending" : "")));
        Map<UUID, String> model = new LinkedHashMap<>();
        for (UUID part : parts) {
          Ledger.Slot slot = new Ledger.Slot(part, at);
          if (touched.contains(slot)) {
            model.put(part, expected.get(slot) + (pendingSlots.contains(slot) ? " pending" : ""));
          }
        }
        assertThat(shown).as("on hand at %s", at).isEqualTo(model);
        if (at.equals(van)) {
          // the van's stock screen shows the same on-hand (and reserves nothing here)
          Map<UUID, String> screen = new LinkedHashMap<>();
          phone.stock().stockAt(van).forEach(l -> screen.put(l.partId(), l.onHand() + (l.pending() ? " pending" : "")));
          assertThat(screen).as("van stock screen").isEqualTo(model);
        }
      }
    }
  }

  private static StockMovement movement(UUID id, UUID part, StockMovementKind kind, UUID from, UUID to, int q) {
    return new StockMovement(id, part, kind, from, to, q, null, null, null, Instant.parse("2026-12-05T10:00:00Z"));
  }
}
