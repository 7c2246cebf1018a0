package com.fieldops.replica;

import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The phone refuses, before queueing, the device times the server would reject, with the server's
 * message and field: a clock set before 2000, a time entry dated in year -999999999.
 */
class ReplicaTimeWindowTest {
  @TempDir
  Path dir;

  final ReplicaFixtures world = new ReplicaFixtures();
  final UUID woId = Ids.newId();

  LocalReplica replica(Clock clock) {
    LocalReplica r = (LocalReplica) Replicas.open(ReplicaConfig.of(dir.resolve(Ids.newId() + ".db"), null)
        .withLocale(Locale.ENGLISH).withClock(clock));
    r.store().putSetting(com.fieldops.replica.store.StoreKeys.USER, Json.write(world.technicianUser()));
    r.store().applyPullPage(List.of(
        world.upsert(world.customer(), 1),
        world.upsert(world.site(), 1),
        world.upsert(world.technician(world.technicianId, world.techUserId, "Tina Tech"), 1),
        world.upsert(world.workOrder(woId, WorkOrderStatus.ASSIGNED, world.technicianId), 3)), world.lastSeq());
    return r;
  }

  @Test
  void aPhoneWhoseClockSays1970IsToldToCheckItAndNothingIsQueued() {
    try (LocalReplica r = replica(Clock.fixed(Instant.parse("1970-01-01T00:00:00Z"), ZoneOffset.UTC))) {
      CommandOutcome outcome = r.workOrders().addNote(woId, "Replaced the gasket", false);

      assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, refused -> {
        assertThat(refused.field()).isEqualTo("recordedAt");
        assertThat(refused.message()).contains("2000-01-01").contains("device clock");
      });
      assertThat(r.syncStatus().pendingCount()).isZero();
    }
  }

  @Test
  void aTimeEntryOutsideTheDeviceWindowIsRefusedNamingTheField() {
    try (LocalReplica r = replica(Clock.systemUTC())) {
      CommandOutcome outcome = r.workOrders().addTime(woId, world.technicianId, TimeEntryKind.LABOUR,
          Instant.parse("-999999999-01-01T00:00:00Z"), Instant.now(), true, null);

      assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class,
          refused -> assertThat(refused.field()).isEqualTo("start"));
      assertThat(r.syncStatus().pendingCount()).isZero();
    }
  }
}
