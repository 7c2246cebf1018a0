package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.protocol.ChangeOp;
import com.fieldops.server.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database in use before the leaner ingest rows (schema 70) keeps every record, change and audit
 * row when the server upgrades it: nothing a user recorded is lost by the table rebuild.
 */
class SchemaUpgradeTest {
  private static final UUID WORK_ORDER = UUID.fromString("01900000-0000-7000-8000-000000000001");
  private static final UUID NOTE = UUID.fromString("01900000-0000-7000-8000-000000000002");
  private static final UUID MUTATION = UUID.fromString("01900000-0000-7000-8000-000000000003");
  private static final UUID USER = UUID.fromString("01900000-0000-7000-8000-000000000004");

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anOldDatabaseKeepsItsRecordsChangesAndAuditTrail(Dialect dialect) throws Exception {
    String setting = TestDatabases.setting(dialect);
    String url = dialect == Dialect.SQLITE ? "jdbc:sqlite:" + setting : setting;
    Flyway.configure().dataSource(url, "postgres", "postgres").locations(dialect.migrationLocation()).target("70")
        .load().migrate();
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      Jdbc.update(c, "INSERT INTO entity (entity_type, id, version, data, region, status, work_order_id, updated_at)"
          + " VALUES ('WorkOrder', ?, 3, '{\"status\":\"ASSIGNED\"}', 'north', 'ASSIGNED', NULL, 1)", WORK_ORDER);
      Jdbc.update(c, "INSERT INTO entity (entity_type, id, version, data, work_order_id, updated_at)"
          + " VALUES ('Note', ?, 1, '{\"text\":\"Gasket replaced\"}', ?, 1)", NOTE, WORK_ORDER);
      Jdbc.update(c, "UPDATE change_counter SET last_seq = 2 WHERE id = 1");
      Jdbc.update(c, "INSERT INTO change_log (seq, entity_type, entity_id, version, op, data, region, committed_at)"
          + " VALUES (1, 'WorkOrder', ?, 3, 'UPSERT', '{\"status\":\"ASSIGNED\"}', 'north', 1),"
          + " (2, 'Note', ?, 1, 'UPSERT', '{\"text\":\"Gasket replaced\"}', 'north', 1)", WORK_ORDER, NOTE);
      Jdbc.update(c, "INSERT INTO applied_mutation (id, type, entity_id, user_id, device_id, recorded_at, received_at,"
          + " result, payload) VALUES (?, 'AddNote', ?, ?, 'phone-1', 1, 2, ?, '{}')", MUTATION, WORK_ORDER, USER,
          "{\"mutationId\":\"" + MUTATION + "\",\"status\":\"APPLIED\"}");
    }

    try (Database db = Database.open(setting, "postgres", "postgres")) {
      EntityStore store = new EntityStore(dialect);
      java.util.Optional<StoredEntity> workOrder = db.read(c -> store.find(c, "WorkOrder", WORK_ORDER, false));
      assertThat(workOrder).get()
          .satisfies(e -> assertThat(e.version()).isEqualTo(3L))
          .satisfies(e -> assertThat(e.columns().status()).isEqualTo("ASSIGNED"));
      List<StoredEntity> children = db.read(c -> store.childrenOf(c, WORK_ORDER));
      assertThat(children).extracting(StoredEntity::id).containsExactly(NOTE);
      assertThat(db.snapshot(c -> new ChangeLog().page(c, new PullScope.Region("north"), 0, 10)).changes())
          .extracting(LoggedChange::op, LoggedChange::data)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeOp.UPSERT, "{\"status\":\"ASSIGNED\"}"),
              org.assertj.core.groups.Tuple.tuple(ChangeOp.UPSERT, "{\"text\":\"Gasket replaced\"}"));
      List<AppliedMutations.Entry> audit = db.read(c -> new AppliedMutations().query(c, USER, null, null, null, 10));
      assertThat(audit).singleElement().satisfies(e -> assertThat(e.result()).contains("APPLIED"));
      java.util.Map<UUID, String> replay = db.read(c -> new AppliedMutations().results(c, List.of(MUTATION)));
      assertThat(replay).containsKey(MUTATION);
    }
  }
}
