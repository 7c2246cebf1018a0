package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PullResponse;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A technician's working set (docs/decisions/0031) through the real HTTP API, once per engine: their
 * jobs and what those need, each exactly as their full pull would hold it, nothing of anyone else's.
 */
abstract class WorkingSetContract {
  TestServer server;
  World w;
  ApiClient north;
  ApiClient tech1;
  ApiClient tech2;

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    north = server.as("disp-north");
    tech1 = server.as("tech1");
    tech2 = server.as("tech2");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private UUID job(UUID customer, UUID site, UUID contact, UUID equipment, UUID assignee) {
    UUID id = Ids.newId();
    MutationResult r = north.push("CreateWorkOrder", id, new CreateWorkOrder(customer, site, contact, equipment,
        WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks", null, null, assignee));
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  static PullResponse workingSet(ApiClient as) {
    ApiClient.Reply r = as.get("/api/v1/sync/working-set");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    try {
      return Json.mapper().readValue(r.body(), PullResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> keys(PullResponse set) {
    return set.changes().stream().map(c -> c.entityType() + "/" + c.entityId()).collect(Collectors.toSet());
  }

  @Test
  void aTechniciansWorkingSetHoldsTheirJobsAndWhatTheyNeedAsTheirPullWouldAndNothingOfAnothers() {
    UUID mine = job(w.customer, w.northSite, w.contact, w.equipment, w.tech1);
    UUID note = Ids.newId();
    assertThat(tech1.push("AddNote", mine, new AddNote(note, "Gate code 1234", false)).status())
        .isEqualTo(MutationStatus.APPLIED);
    UUID theirs = job(w.otherCustomer, w.otherNorthSite, null, null, w.tech2);

    PullResponse set = workingSet(tech1);

    assertThat(set.hasMore()).isFalse();
    assertThat(keys(set)).contains("WorkOrder/" + mine, "Note/" + note, "Customer/" + w.customer,
        "Site/" + w.northSite, "Contact/" + w.contact, "Equipment/" + w.equipment, "Technician/" + w.tech1);
    assertThat(keys(set)).doesNotContain("WorkOrder/" + theirs, "Customer/" + w.otherCustomer,
        "Site/" + w.otherNorthSite, "Technician/" + w.tech2, "Site/" + w.southSite);
    assertThat(keys(set)).as("the catalogue comes with the full pull").doesNotContain("Part/" + w.part);
    // every document is the one the technician's whole pull ends with: nothing outside their scope
    Replica full = tech1.pullAll(0);
    for (Change c : set.changes()) {
      assertThat(c.op()).isEqualTo(ChangeOp.UPSERT);
      JsonNode held = full.get(c.entityType(), c.entityId());
      assertThat(held).as("%s %s is in the technician's scope", c.entityType(), c.entityId()).isNotNull();
      assertThat(c.data()).as("%s %s as pulled", c.entityType(), c.entityId()).isEqualTo(held);
    }
    assertThat(set.cursor()).as("the log position read with it").isEqualTo(full.cursor);
    // and the other technician's holds theirs, not this one's
    assertThat(keys(workingSet(tech2))).contains("WorkOrder/" + theirs, "Customer/" + w.otherCustomer)
        .doesNotContain("WorkOrder/" + mine, "Note/" + note, "Contact/" + w.contact);
  }

  @Test
  void aJobReassignedAwayLeavesTheWorkingSetWithWhatOnlyItNeeded() {
    UUID moved = job(w.customer, w.northSite, w.contact, w.equipment, w.tech1);
    assertThat(keys(workingSet(tech1))).contains("WorkOrder/" + moved);

    MutationResult r = north.push("ReassignWorkOrder", moved, new ReassignWorkOrder(w.tech2, "closer"));
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);

    assertThat(keys(workingSet(tech1))).doesNotContain("WorkOrder/" + moved, "Customer/" + w.customer,
        "Site/" + w.northSite, "Contact/" + w.contact, "Equipment/" + w.equipment).contains("Technician/" + w.tech1);
    assertThat(keys(workingSet(tech2))).contains("WorkOrder/" + moved, "Customer/" + w.customer);
  }

  @Test
  void anOfficeUserGetsAnEmptyWorkingSetAndPullsTheirRegionAsBefore() {
    job(w.customer, w.northSite, null, null, w.tech1);

    PullResponse set = workingSet(north);

    assertThat(set.changes()).isEmpty();
    assertThat(set.hasMore()).isFalse();
    assertThat(north.pullAll(0).ids("WorkOrder")).hasSize(1);
  }

  @Test
  void withoutATokenTheWorkingSetIsRefused() {
    assertThat(tech1.withToken("not-a-token").get("/api/v1/sync/working-set").status()).isEqualTo(401);
  }
}
