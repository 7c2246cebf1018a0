package com.fieldops.workorder.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A work order's required skill level: set on creation, edited like other fields, read back from old records. */
class RequiredSkillLevelTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = com.fieldops.fixtures.MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final Actor north = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");

  RequiredSkillLevelTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(String type, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "console", NOW.minusSeconds(60),
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, north, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  Outcome create(UUID id, String skill, Integer level) {
    return apply("CreateWorkOrder", id, new CreateWorkOrder(customer, site, null, null, WorkOrderType.REPAIR,
        Priority.P2, skill, "Chiller down", null, null, null, level));
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void aNewWorkOrderKeepsItsRequiredLevelAndAnEditWritesAHistoryLineNamingTheField() {
    UUID id = Ids.newId();
    assertThat(create(id, "HVAC", 3)).isInstanceOf(Outcome.Applied.class);
    assertThat(((WorkOrder) state.get(id)).requiredSkillLevel()).isEqualTo(3);

    Outcome edit = apply("EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("requiredSkillLevel", IntNode.valueOf(3), IntNode.valueOf(4)))));

    assertThat(edit).isInstanceOf(Outcome.Applied.class);
    assertThat(((WorkOrder) state.get(id)).requiredSkillLevel()).isEqualTo(4);
    assertThat(((Outcome.Applied) edit).writes()).anySatisfy(w -> {
      assertThat(w).isInstanceOf(WorkOrderEvent.FieldEdited.class);
      WorkOrderEvent.FieldEdited e = (WorkOrderEvent.FieldEdited) w;
      assertThat(e.field()).isEqualTo("requiredSkillLevel");
      assertThat(e.oldValue()).isEqualTo("3");
      assertThat(e.newValue()).isEqualTo("4");
    });
  }

  @Test
  void aLevelOutsideOneToFiveIsRefusedNamingTheField() {
    UUID id = Ids.newId();
    Rejection r = rejection(create(id, "HVAC", 6));
    assertThat(r.field()).isEqualTo("requiredSkillLevel");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("between 1 and 5");
    assertThat(state).doesNotContainKey(id);

    assertThat(create(id, "HVAC", 2)).isInstanceOf(Outcome.Applied.class);
    Rejection edit = rejection(apply("EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("requiredSkillLevel", IntNode.valueOf(2), IntNode.valueOf(0))))));
    assertThat(edit.field()).isEqualTo("requiredSkillLevel");
    assertThat(((WorkOrder) state.get(id)).requiredSkillLevel()).isEqualTo(2);
  }

  @Test
  void aLevelWithoutASkillIsRefusedNamingTheLevel() {
    assertThat(rejection(create(Ids.newId(), null, 2)).field()).isEqualTo("requiredSkillLevel");
    UUID id = Ids.newId();
    create(id, "HVAC", 2);
    Rejection clearSkill = rejection(apply("EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("requiredSkill", Json.mapper().valueToTree("HVAC"), NullNode.getInstance())))));
    assertThat(clearSkill.field()).isEqualTo("requiredSkillLevel");
  }

  @Test
  void aWorkOrderStoredBeforeTheLevelExistedReadsAsNoLevel() throws Exception {
    UUID id = Ids.newId();
    create(id, "HVAC", null);
    ObjectNode tree = Json.mapper().valueToTree(state.get(id));
    tree.remove("requiredSkillLevel");

    WorkOrder old = Json.mapper().treeToValue(tree, WorkOrder.class);

    assertThat(old.requiredSkillLevel()).isNull();
    assertThat(old.requiredSkill()).isEqualTo("HVAC");
  }
}
