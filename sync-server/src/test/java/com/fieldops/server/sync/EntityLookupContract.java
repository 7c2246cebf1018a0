package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.common.Ids;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.protocol.mutation.LookupFields;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules' query by reference ({@code EntityLookup.findAllBy}) on the server, once per engine: the
 * records of a kind with one reference, in id order, as the applying transaction sees them (what
 * an earlier mutation of the batch wrote counts), through an index on big stores.
 */
abstract class EntityLookupContract {
  static final Instant T = Instant.parse("2026-03-02T10:00:00Z");
  Database db;
  final UUID machineA = Ids.newId();
  final UUID machineB = Ids.newId();
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void open() {
    db = TestDatabases.open(dialect());
  }

  @AfterEach
  void close() {
    db.close();
  }

  WorkOrder job(UUID machine, WorkOrderStatus status) {
    return new WorkOrder(Ids.newId(), null, customer, site, null, machine, WorkOrderType.REPAIR, Priority.P2, status,
        null, status == WorkOrderStatus.NEW ? null : Ids.newId(), null, "north", null, null, "Leaks",
        status == WorkOrderStatus.COMPLETED ? "Fixed" : null, T, Ids.newId());
  }

  EquipmentEvent reading(UUID machine, String summary) {
    return new EquipmentEvent(Ids.newId(), machine, null, EquipmentEventKind.METER_READING, T, summary, null);
  }

  void store(Object... records) {
    db.write(c -> {
      ApplyingTransaction tx = new ApplyingTransaction(c, new EntityStore(dialect()));
      for (Object r : records) {
        tx.write(r);
      }
      tx.flush(T.toEpochMilli());
      return null;
    });
  }

  <R> R inTransaction(java.util.function.Function<ApplyingTransaction, R> work) {
    return db.write(c -> work.apply(new ApplyingTransaction(c, new EntityStore(dialect()))));
  }

  static List<UUID> ids(List<?> records) {
    return records.stream().map(com.fieldops.protocol.registry.EntityNames::idOf).toList();
  }

  @Test
  void theJobsAndTheHistoryOfAMachineComeInIdOrderAndNothingOfAnotherMachine() {
    WorkOrder open = job(machineA, WorkOrderStatus.ASSIGNED);
    WorkOrder done = job(machineA, WorkOrderStatus.COMPLETED);
    WorkOrder elsewhere = job(machineB, WorkOrderStatus.ASSIGNED);
    EquipmentEvent r1 = reading(machineA, "10 h");
    EquipmentEvent r2 = reading(machineA, "20 h");
    EquipmentEvent other = reading(machineB, "5 h");
    store(done, elsewhere, r2, other, open, r1);

    List<WorkOrder> jobs = inTransaction(tx -> tx.findAllBy(WorkOrder.class, "equipmentId", machineA));
    List<EquipmentEvent> history = inTransaction(tx -> tx.findAllBy(EquipmentEvent.class, "equipmentId", machineA));

    assertThat(ids(jobs)).containsExactly(open.id(), done.id());
    assertThat(jobs).extracting(WorkOrder::status).containsExactly(WorkOrderStatus.ASSIGNED, WorkOrderStatus.COMPLETED);
    assertThat(ids(history)).containsExactly(r1.id(), r2.id());
    List<WorkOrder> none = inTransaction(tx -> tx.findAllBy(WorkOrder.class, "equipmentId", Ids.newId()));
    assertThat(none).isEmpty();
  }

  @Test
  void whatAnEarlierMutationOfTheBatchWroteCountsWithItsNewStateBeforeAndAfterTheBatchFlushes() {
    WorkOrder moving = job(machineA, WorkOrderStatus.ASSIGNED);
    WorkOrder staying = job(machineA, WorkOrderStatus.ASSIGNED);
    store(moving, staying);
    WorkOrder fresh = job(machineA, WorkOrderStatus.NEW);

    List<List<UUID>> seen = inTransaction(tx -> {
      tx.findAllBy(WorkOrder.class, "equipmentId", machineA); // read (and kept) before the writes
      tx.write(fresh); // not flushed
      tx.write(new WorkOrder(moving.id(), null, customer, site, null, machineB, WorkOrderType.REPAIR, Priority.P2,
          WorkOrderStatus.ASSIGNED, null, moving.assigneeId(), null, "north", null, null, "Leaks", null, T,
          moving.createdBy()));
      List<UUID> unflushed = ids(tx.findAllBy(WorkOrder.class, "equipmentId", machineA));
      tx.flush(T.toEpochMilli()); // as an assignment does mid-batch: the database now holds the new state
      return List.of(unflushed, ids(tx.findAllBy(WorkOrder.class, "equipmentId", machineA)),
          ids(tx.findAllBy(WorkOrder.class, "equipmentId", machineB)));
    });

    assertThat(seen.get(0)).containsExactly(staying.id(), fresh.id());
    assertThat(seen.get(1)).containsExactly(staying.id(), fresh.id());
    assertThat(seen.get(2)).containsExactly(moving.id());
  }

  @Test
  void aJobsChecklistsAndTheTemplatesOfATypeOrAModel() {
    WorkOrder wo = job(machineA, WorkOrderStatus.ASSIGNED);
    Checklist list = new Checklist(Ids.newId(), wo.id(), "Safety", List.of(new ChecklistItem(Ids.newId(), "Isolate",
        true, false, null)), null, null);
    ChecklistTemplate byType = template(WorkOrderType.REPAIR, null);
    ChecklistTemplate byModel = template(null, "Vitodens 200");
    store(wo, list, byType, byModel, template(WorkOrderType.PREVENTIVE, null));

    assertThat(ids(inTransaction(tx -> tx.findAllBy(Checklist.class, "workOrderId", wo.id()))))
        .containsExactly(list.id());
    assertThat(ids(inTransaction(tx -> tx.findAllBy(ChecklistTemplate.class, "workOrderType", WorkOrderType.REPAIR))))
        .containsExactly(byType.id());
    assertThat(ids(inTransaction(tx -> tx.findAllBy(ChecklistTemplate.class, "equipmentModel", "Vitodens 200"))))
        .containsExactly(byModel.id());
  }

  @Test
  void aFieldWithoutAnIndexIsRefusedRatherThanScanned() {
    assertThatThrownBy(() -> inTransaction(tx -> tx.findAllBy(WorkOrder.class, "problem", "Leaks")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WorkOrder.problem");
    assertThat(LookupFields.ALLOWED).containsKeys("WorkOrder", "EquipmentEvent");
  }

  @Test
  void aMachinesJobsAndHistoryAreFoundThroughTheirIndex() {
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(job(Ids.newId(), WorkOrderStatus.NEW));
      many.add(reading(Ids.newId(), i + " h"));
    }
    store(many.toArray());
    String plan = db.write(c -> {
      analyze(c);
      return plan(c, "WorkOrder") + "\n" + plan(c, "EquipmentEvent");
    });
    assertThat(plan).contains("entity_work_order_by_equipment").contains("entity_equipment_event_by_equipment");
  }

  abstract void analyze(Connection c) throws java.sql.SQLException;

  /** The engine's plan for the query EntityStore runs for {@code type} by equipmentId. */
  String plan(Connection c, String type) throws java.sql.SQLException {
    String expr = dialect() == Dialect.POSTGRESQL ? "(data::json ->> 'equipmentId')"
        : "json_extract(data, '$.equipmentId')";
    String explain = dialect() == Dialect.POSTGRESQL ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
    StringBuilder out = new StringBuilder();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(explain + "SELECT id FROM entity WHERE"
        + " entity_type = '" + type + "' AND " + expr + " = '" + machineA + "'")) {
      while (rs.next()) {
        out.append(rs.getString(rs.getMetaData().getColumnCount())).append('\n');
      }
    }
    return out.toString();
  }

  ChecklistTemplate template(WorkOrderType type, String model) {
    return new ChecklistTemplate(Ids.newId(), "Boiler service", type, model, "north", List.of(
        new ChecklistTemplate.Item(Ids.newId(), "Flue pressure", true, ChecklistAnswerKind.VALUE, "mbar")), true);
  }
}
