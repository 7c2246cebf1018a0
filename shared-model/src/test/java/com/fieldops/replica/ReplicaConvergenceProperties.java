package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.model.common.Ids;
import com.fieldops.model.validation.Validators;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.TimeEntryKind;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderStatus;
import com.fieldops.model.workorder.WorkOrderType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import net.jqwik.api.constraints.Size;

/**
 * Convergence: technicians and a dispatcher act at random, go offline at random, while the
 * network drops requests, times out, answers 5xx, delivers twice and loses responses after the
 * server applied. Once everyone is back and synced, every replica equals the server within its
 * scope, every recorded action was applied at most once and has a result, and the server's work
 * orders are valid.
 */
class ReplicaConvergenceProperties {
  static final String[] USERS = {"tina", "otto", "dora"};

  record Step(int who, int kind, int target, int arg) {}

  @Provide
  Arbitrary<Step> steps() {
    Arbitrary<Integer> kinds = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)), net.jqwik.api.Tuple.of(6, Arbitraries.just(1)),
        net.jqwik.api.Tuple.of(3, Arbitraries.just(2)), net.jqwik.api.Tuple.of(2, Arbitraries.just(3)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(4)), net.jqwik.api.Tuple.of(2, Arbitraries.just(5)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(6)), net.jqwik.api.Tuple.of(1, Arbitraries.just(7)));
    return Combinators.combine(Arbitraries.integers().between(0, 2), kinds,
        Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 99)).as(Step::new);
  }

  @Property(tries = 20, shrinking = ShrinkingMode.OFF)
  void everyReplicaConvergesToTheServerWithinItsScope(
      @ForAll @Size(min = 10, max = 40) List<@net.jqwik.api.From("steps") Step> steps,
      @ForAll long networkSeed) throws Exception {
    Path dir = Files.createTempDirectory("convergence");
    ReplicaFixtures w = new ReplicaFixtures();
    List<UUID> workOrders = new ArrayList<>();
    List<UUID> recorded = new ArrayList<>();
    List<Replica> replicas = new ArrayList<>();
    List<FaultInjector> nets = new ArrayList<>();
    try (TestSyncServer server = SyncTestSupport.server(w, 4)) {
      for (int i = 0; i < 4; i++) {
        UUID id = Ids.newId();
        workOrders.add(id);
        server.seed(w.workOrder(id, i == 3 ? WorkOrderStatus.NEW : WorkOrderStatus.ASSIGNED,
            i == 3 ? null : (i % 2 == 0 ? w.technicianId : w.otherTechnicianId)));
      }
      server.start(0);
      for (int i = 0; i < USERS.length; i++) {
        FaultInjector net = new FaultInjector(networkSeed + i, 0);
        nets.add(net);
        replicas.add(SyncTestSupport.signedIn(dir.resolve(USERS[i] + ".db"), server.url(), net, USERS[i]));
      }
      for (Replica r : replicas) {
        SyncTestSupport.await("first sync", Duration.ofSeconds(10), () -> r.syncStatus().lastSuccessfulSync() != null);
      }
      nets.forEach(n -> n.rate(0.25)); // from now on the network misbehaves
      for (Step s : steps) {
        Replica r = replicas.get(s.who());
        // technicians mostly act on the jobs they have; the dispatcher on any
        List<UUID> mine = s.who() == 2 ? List.of() : r.openWorkOrders().stream().map(x -> x.id()).toList();
        UUID wo = mine.isEmpty() || s.arg() % 5 == 0 ? workOrders.get(s.target() % workOrders.size())
            : mine.get(s.target() % mine.size());
        CommandOutcome outcome = switch (s.kind()) {
          case 0 -> {
            nets.get(s.who()).offline(s.arg() % 2 == 0);
            yield null;
          }
          case 1 -> r.changeStatus(wo, nextStatus(r, wo, s.arg()),
              com.fieldops.model.workorder.OnHoldReason.WAITING_FOR_PARTS, "Fixed it (" + s.arg() + ")", null);
          case 2 -> r.addNote(wo, "note " + s.arg(), s.arg() % 3 == 0);
          case 3 -> r.addTime(wo, s.who() == 2 ? w.technicianId : null, TimeEntryKind.LABOUR,
              Instant.parse("2026-11-20T08:00:00Z").plusSeconds(60L * s.arg()),
              Instant.parse("2026-11-20T09:00:00Z").plusSeconds(60L * s.arg()), true, null);
          case 4 -> r.editWorkOrder(wo, WorkOrderEdit.none().withPriority(Priority.values()[s.arg() % 4]));
          case 5 -> r.assign(wo, s.arg() % 2 == 0 ? w.technicianId : w.otherTechnicianId);
          case 6 -> {
            r.syncNow();
            yield null;
          }
          default -> {
            CommandOutcome created = r.createWorkOrder(new NewWorkOrder(w.customerId, w.siteId, null, null,
                WorkOrderType.INSPECTION, Priority.P3, "Yearly check " + s.arg(), null, null, null,
                s.arg() % 2 == 0 ? w.technicianId : null));
            if (created instanceof CommandOutcome.Recorded rec) {
              workOrders.add(rec.entityId());
            }
            yield created;
          }
        };
        if (outcome instanceof CommandOutcome.Recorded rec) {
          recorded.add(rec.mutationId());
        } else if (outcome instanceof CommandOutcome.Refused no) {
          net.jqwik.api.statistics.Statistics.label("refused").collect(s.kind() + ":" + no.code());
        }
      }

      nets.forEach(n -> {
        n.calm();
        n.offline(false);
      });
      Duration limit = Duration.ofSeconds(30);
      try {
        int[] polls = {0};
        SyncTestSupport.await("replicas converge", limit, () -> {
          if (polls[0]++ % 10 == 0) {
            replicas.forEach(Replica::syncNow);
          }
          return replicas.stream().allMatch(r -> r.syncStatus().pendingCount() == 0) && converged(server, replicas);
        });
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n" + differences(server, replicas) + "\nsteps: " + steps);
      }

      net.jqwik.api.statistics.Statistics.label("actions recorded").collect(recorded.size() > 3 ? ">3" : "0-3");
      net.jqwik.api.statistics.Statistics.label("faults injected")
          .collect(nets.stream().mapToInt(n -> n.injected.get()).sum() > 0);
      for (UUID id : recorded) {
        assertThat(server.result(id)).as("every recorded action got a result: %s", id).isPresent();
        assertThat(server.timesApplied(id)).as("applied at most once").isLessThanOrEqualTo(1);
      }
      assertThat(server.applyCounts().values()).allMatch(n -> n == 1);
      for (int i = 0; i < USERS.length; i++) {
        List<UUID> rejectedHere = replicas.get(i).syncStatus().rejected().stream().map(RejectedMutation::mutationId).toList();
        for (UUID id : rejectedHere) {
          assertThat(server.result(id).orElseThrow().isApplied() && server.result(id).orElseThrow().code() == null)
              .as("only what the server refused is shown as refused").isFalse();
        }
      }
      for (UUID id : workOrders) {
        server.find(WorkOrder.class, id).ifPresent(wo -> assertThat(Validators.isValid(wo)).as("valid %s\nhistory %s\nsteps %s", wo,
            server.scopeOf(server.actorOf("dora")).entrySet().stream()
                .filter(e -> e.getValue().path("workOrderId").asText().equals(id.toString())).map(e -> e.getValue().toString())
                .toList(), steps).isTrue());
      }
    } finally {
      replicas.forEach(Replica::close);
    }
  }

  /** A plausible next move from what the replica shows (sometimes an impossible one). */
  private static WorkOrderStatus nextStatus(Replica r, UUID wo, int arg) {
    WorkOrderStatus now = r.workOrder(wo).map(d -> d.workOrder().status()).orElse(WorkOrderStatus.NEW);
    if (arg % 7 == 0) {
      // any move, also impossible ones; not ASSIGNED: the UIs assign through assign() (see the
      // report: ChangeWorkOrderStatus NEW -> ASSIGNED is applied without an assignee today)
      WorkOrderStatus any = WorkOrderStatus.values()[arg % WorkOrderStatus.values().length];
      return any == WorkOrderStatus.ASSIGNED ? WorkOrderStatus.ACCEPTED : any;
    }
    return switch (now) {
      case ASSIGNED -> WorkOrderStatus.ACCEPTED;
      case ACCEPTED -> WorkOrderStatus.EN_ROUTE;
      case EN_ROUTE -> WorkOrderStatus.ON_SITE;
      case ON_SITE -> arg % 2 == 0 ? WorkOrderStatus.ON_HOLD : WorkOrderStatus.COMPLETED;
      case ON_HOLD -> WorkOrderStatus.ON_SITE;
      case COMPLETED -> WorkOrderStatus.CLOSED;
      case NEW -> WorkOrderStatus.CANCELLED;
      default -> WorkOrderStatus.ACCEPTED;
    };
  }

  private static String differences(TestSyncServer server, List<Replica> replicas) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < USERS.length; i++) {
      Map<String, JsonNode> expected = server.scopeOf(server.actorOf(USERS[i]));
      Map<String, JsonNode> actual = ((LocalReplica) replicas.get(i)).viewDocuments();
      SyncStatus st = replicas.get(i).syncStatus();
      b.append(USERS[i]).append(": ").append(st.connectivity()).append(" pending=").append(st.pendingCount())
          .append(" problem=").append(st.problem()).append('\n');
      for (String k : expected.keySet()) {
        if (!actual.containsKey(k)) {
          b.append("  missing ").append(k).append('\n');
        } else if (!expected.get(k).equals(actual.get(k))) {
          b.append("  differs ").append(k).append("\n    server ").append(expected.get(k)).append("\n    local  ")
              .append(actual.get(k)).append('\n');
        }
      }
      for (String k : actual.keySet()) {
        if (!expected.containsKey(k)) {
          b.append("  extra ").append(k).append(' ').append(actual.get(k)).append('\n');
        }
      }
    }
    return b.toString();
  }

  private static boolean converged(TestSyncServer server, List<Replica> replicas) {
    for (int i = 0; i < USERS.length; i++) {
      Map<String, JsonNode> expected = server.scopeOf(server.actorOf(USERS[i]));
      Map<String, JsonNode> actual = ((LocalReplica) replicas.get(i)).viewDocuments();
      if (!expected.equals(actual)) {
        return false;
      }
    }
    return true;
  }
}
