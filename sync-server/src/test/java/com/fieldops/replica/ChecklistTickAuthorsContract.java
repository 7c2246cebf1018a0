package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.Checklists;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who ticked each checklist item, when and from which device, as the server stores it and the office
 * reads it: the technician's tick on the phone names the technician, the phone and the phone's time;
 * the dispatcher's untick on the console names her and the console. Run on SQLite and PostgreSQL.
 */
abstract class ChecklistTickAuthorsContract extends OnRealServer {
  @Override
  abstract Dialect dialect();

  static void pushed(Replica r) throws InterruptedException {
    r.syncNow();
    Await.until("pushed", WAIT, () -> r.syncStatus().pendingCount() == 0, () -> r.syncStatus().toString());
    assertThat(r.syncStatus().rejected()).isEmpty();
  }

  static String device(Replica r) {
    return ((LocalReplica) r).deviceId();
  }

  static UUID user(Replica r) {
    return r.identity().user().orElseThrow().userId();
  }

  /** The item as the server stored it. */
  ChecklistItem onServer(UUID checklist, UUID item) {
    String json = server.db.read(c -> new EntityStore(dialect()).find(c, EntityNames.of(Checklist.class), checklist,
        false)).orElseThrow().data();
    try {
      return Json.mapper().readValue(json, Checklist.class).items().stream().filter(i -> i.id().equals(item))
          .findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static ChecklistItem on(Replica r, UUID job, UUID item) {
    return r.workOrders().checklists(job).get(0).items().stream().filter(i -> i.id().equals(item)).findFirst()
        .orElseThrow();
  }

  @Test
  void eachItemSaysWhoTickedItFromWhichDeviceAndWhen() throws Exception {
    Replica nora = signedIn("disp-north");
    Replica tess = signedIn("tech1");
    UUID pressure = Ids.newId();
    UUID isolate = Ids.newId();
    ChecklistTemplate template = new ChecklistTemplate(Ids.newId(), "Repair safety", WorkOrderType.REPAIR, null,
        "north", List.of(new ChecklistTemplate.Item(pressure, "Gas pressure", true, ChecklistAnswerKind.VALUE, "mbar"),
        new ChecklistTemplate.Item(isolate, "Isolate the supply", true, ChecklistAnswerKind.NONE, null)), true);
    assertThat(nora.record(template.id(), new UpsertChecklistTemplate(template)))
        .isInstanceOf(CommandOutcome.Recorded.class);
    UUID job = ((CommandOutcome.Recorded) nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, server.world.equipment, WorkOrderType.REPAIR, Priority.P2, "No heat", null, null,
        null, server.world.tech1))).entityId();
    UUID checklist = Checklists.checklistId(job, template.id());
    pushed(nora);
    assertThat(onServer(checklist, pressure).tickedBy()).as("nobody has touched the item yet").isNull();

    tess.syncNow();
    Await.until("the technician has the checklist", WAIT, () -> !tess.workOrders().checklists(job).isEmpty());
    Instant before = Instant.now();
    assertThat(tess.workOrders().tickChecklistItem(checklist, pressure, true, new BigDecimal("20.0"), null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    assertThat(tess.workOrders().tickChecklistItem(checklist, isolate, true, null, null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    pushed(tess);
    Instant after = Instant.now();

    ChecklistItem stored = onServer(checklist, pressure);
    assertThat(stored.done()).isTrue();
    assertThat(stored.tickedBy()).as("the session's user").isEqualTo(user(tess));
    assertThat(stored.tickedOnDevice()).as("the phone").isEqualTo(device(tess));
    assertThat(stored.tickedAt()).as("the phone's time of the tick").isBetween(before, after);

    nora.syncNow();
    Await.until("the office sees the tick", WAIT, () -> on(nora, job, pressure).done()
        && on(nora, job, isolate).done(), () -> nora.workOrders().checklists(job).toString());
    ChecklistItem seen = on(nora, job, pressure);
    assertThat(seen.tickedBy()).isEqualTo(user(tess));
    assertThat(seen.tickedOnDevice()).isEqualTo(device(tess));
    assertThat(seen.tickedAt()).isEqualTo(stored.tickedAt());

    // the office unticks one from the console: the item now names the dispatcher and her console
    assertThat(nora.workOrders().tickChecklistItem(checklist, isolate, false, null, null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    pushed(nora);
    ChecklistItem unticked = onServer(checklist, isolate);
    assertThat(unticked.done()).isFalse();
    assertThat(unticked.tickedBy()).isEqualTo(user(nora));
    assertThat(unticked.tickedOnDevice()).isEqualTo(device(nora)).isNotEqualTo(device(tess));
    assertThat(onServer(checklist, pressure).tickedBy()).as("the other item keeps its own author")
        .isEqualTo(user(tess));
  }
}
