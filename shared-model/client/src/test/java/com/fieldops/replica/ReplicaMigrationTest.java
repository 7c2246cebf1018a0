package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.replica.store.ReplicaDatabase;
import com.fieldops.replica.store.StoredMutation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replica file written by an older app version opens in this one with its outbox intact. */
class ReplicaMigrationTest {
  @TempDir
  Path dir;

  @Test
  void anOldVersionFileIsUpgradedWithoutLosingOutboxRows() throws Exception {
    Path file = dir.resolve("old.db");
    ReplicaDatabase.migrate(file, "1"); // what app version 1 created
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (mutation_id, type, entity_id, device_id, recorded_at, payload) "
             + "VALUES (?, 'AddNote', ?, 'phone-1', '2026-11-20T10:00:00Z', '{\"noteId\":\"0193a0a0-0000-7000-8000-000000000001\",\"text\":\"hi\"}')")) {
      for (int i = 1; i <= 3; i++) {
        ps.setString(1, "0193a0a0-0000-7000-8000-00000000000" + i);
        ps.setString(2, "0193a0a0-0000-7000-8000-0000000000a" + i);
        ps.executeUpdate();
      }
    }

    ReplicaDatabase.migrate(file, null);

    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("SELECT max(version) FROM replica_schema_history WHERE success = 1");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(Integer.parseInt(rs.getString(1))).isGreaterThanOrEqualTo(2);
    }
    try (LocalReplica replica = ReplicaFixtures.offlineReplica(file, new ReplicaFixtures().technicianUser())) {
      List<StoredMutation> pending = replica.store().pendingBatch(10);
      assertThat(pending).hasSize(3);
      assertThat(pending).extracting(m -> m.envelope().type()).containsOnly("AddNote");
      assertThat(pending.get(0).envelope().payload().get("text").asText()).isEqualTo("hi");
      assertThat(replica.syncStatus().pendingCount()).isEqualTo(3);
    }
  }

  @Test
  void anUpgradeIndexesTheWorkOrdersAlreadyInTheFile() throws Exception {
    Path file = dir.resolve("v2.db");
    ReplicaFixtures w = new ReplicaFixtures();
    java.util.UUID wo = com.fieldops.common.Ids.newId();
    ReplicaDatabase.migrate(file, "2");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("INSERT INTO view_doc (type, id, version, data) VALUES ('WorkOrder', ?, 1, ?)")) {
      ps.setString(1, wo.toString());
      ps.setString(2, com.fieldops.common.json.Json.write(w.workOrder(wo, com.fieldops.workorder.model.WorkOrderStatus.NEW, null)));
      ps.executeUpdate();
    }

    try (LocalReplica replica = ReplicaFixtures.offlineReplica(file, w.dispatcherUser())) {
      assertThat(replica.workOrders().openWorkOrders()).extracting(r -> r.id()).containsExactly(wo);
    }
  }

  @Test
  void anUpgradeComputesTheSlaClocksOfTheOpenWorkOrdersAlreadyInTheFile() throws Exception {
    Path file = dir.resolve("v3.db");
    ReplicaFixtures w = new ReplicaFixtures();
    java.util.UUID wo = com.fieldops.common.Ids.newId();
    com.fieldops.sla.SlaPolicy policy = ReplicaSlaClocksTest.policy(ReplicaSlaClocksTest.SLOW, "Standard", 480);
    ReplicaDatabase.migrate(file, "3");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("INSERT INTO view_doc (type, id, version, data) VALUES (?, ?, 1, ?)")) {
      Object[][] docs = {
          {"SlaPolicy", policy.id(), policy},
          {"DefaultSlaPolicy", com.fieldops.sla.DefaultSlaPolicy.ID,
              com.fieldops.sla.DefaultSlaPolicy.of(policy.id())},
          {"WorkOrder", wo, w.workOrder(wo, com.fieldops.workorder.model.WorkOrderStatus.NEW, null)}};
      for (Object[] d : docs) {
        ps.setString(1, (String) d[0]);
        ps.setString(2, d[1].toString());
        ps.setString(3, com.fieldops.common.json.Json.write(d[2]));
        ps.executeUpdate();
      }
    }

    try (LocalReplica replica = ReplicaFixtures.offlineReplica(file, w.dispatcherUser())) {
      assertThat(replica.workOrders().openWorkOrders()).singleElement().satisfies(r -> {
        assertThat(r.sla().policyName()).isEqualTo("Standard");
        assertThat(r.slaDue()).isEqualTo(r.createdAt().plusSeconds(480 * 60));
      });
    }
  }

  @Test
  void theReplicaSchemaHistoryIsItsOwnTable() throws Exception {
    Path file = dir.resolve("fresh.db");
    ReplicaDatabase.migrate(file, null);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
         PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%schema_history'");
         ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("replica_schema_history");
      assertThat(rs.next()).isFalse();
    }
  }
}
