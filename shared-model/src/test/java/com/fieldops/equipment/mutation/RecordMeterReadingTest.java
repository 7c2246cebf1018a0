package com.fieldops.equipment.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.fixtures.MapLookup;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RecordMeterReading as the server and the replica both run it: through the registry, on a map of records. */
class RecordMeterReadingTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID machine = Ids.newId();
  final UUID tech = Ids.newId();
  final UUID otherTech = Ids.newId();
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor southDispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, tech, null);
  final Actor otherTechnician = new Actor(Ids.newId(), Role.TECHNICIAN, otherTech, null);

  RecordMeterReadingTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
    put(new Equipment(machine, customer, site, "SN-1", "Viessmann", "Vitodens 200", "boiler", null, null,
        EquipmentStatus.ACTIVE));
    for (UUID t : List.of(tech, otherTech)) {
      put(new Technician(t, null, "Tess", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(),
          List.of(), true));
    }
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "phone", NOW.minusSeconds(60),
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  Outcome read(Actor actor, String value, UUID workOrderId) {
    return apply(actor, "RecordMeterReading", machine,
        new RecordMeterReading(new BigDecimal(value), "h", workOrderId, null));
  }

  UUID jobOnTheMachine(UUID assignee) {
    UUID id = Ids.newId();
    Outcome o = apply(dispatcher, "CreateWorkOrder", id, new CreateWorkOrder(customer, site, null, machine,
        WorkOrderType.REPAIR, Priority.P2, null, "Burner fault", null, null, assignee));
    assertThat(o).isInstanceOf(Outcome.Applied.class);
    return id;
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void theTechnicianOnAJobAtTheMachineAppendsAMeterReadingToItsHistory() {
    UUID job = jobOnTheMachine(tech);

    Outcome o = read(technician, "1250.5", job);

    assertThat(o).isInstanceOf(Outcome.Applied.class);
    EquipmentEvent line = (EquipmentEvent) ((Outcome.Applied) o).writes().get(0);
    assertThat(line.equipmentId()).isEqualTo(machine);
    assertThat(line.workOrderId()).isEqualTo(job);
    assertThat(line.kind()).isEqualTo(EquipmentEventKind.METER_READING);
    assertThat(line.summary()).isEqualTo("1250.5 h");
    assertThat(line.occurredAt()).isEqualTo(NOW.minusSeconds(60));
    assertThat(line.actorId()).isEqualTo(technician.userId());
  }

  @Test
  void aReadingBelowTheLastOneIsRefusedNamingValueAndSayingTheLastReading() {
    assertThat(read(dispatcher, "1250.5", null)).isInstanceOf(Outcome.Applied.class);
    assertThat(read(dispatcher, "1300", null)).isInstanceOf(Outcome.Applied.class);

    Rejection r = rejection(read(dispatcher, "1299.999", null));

    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("value");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("1300 h").contains("only goes up");
    assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).contains("1300 h");
    assertThat(read(dispatcher, "1300", null)).as("the same reading again is no step back")
        .isInstanceOf(Outcome.Applied.class);
  }

  @Test
  void aTechnicianWithoutAJobOnTheMachineGetsNotFound() {
    UUID job = jobOnTheMachine(tech);

    Rejection withOthersJob = rejection(read(otherTechnician, "10", job));
    Rejection withoutJob = rejection(read(otherTechnician, "10", null));

    assertThat(withOthersJob.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(withoutJob.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(withoutJob.field()).isEqualTo("entityId");
  }

  @Test
  void anotherRegionsOfficeAndAnUnknownMachineGetTheSameNotFound() {
    Rejection otherRegion = rejection(read(southDispatcher, "10", null));
    Rejection unknown = rejection(apply(dispatcher, "RecordMeterReading", Ids.newId(),
        new RecordMeterReading(BigDecimal.TEN, "h", null, null)));

    assertThat(otherRegion.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(unknown.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(Mutations.describe(otherRegion, Locale.ENGLISH)).startsWith("Equipment ");
  }

  @Test
  void badValuesAreRefusedNamingTheirField() {
    assertThat(rejection(read(dispatcher, "-1", null)).field()).isEqualTo("value");
    assertThat(rejection(read(dispatcher, "1.2345", null)).field()).isEqualTo("value");
    assertThat(rejection(apply(dispatcher, "RecordMeterReading", machine,
        new RecordMeterReading(BigDecimal.ONE, "x".repeat(17), null, null))).field()).isEqualTo("unit");
    assertThat(rejection(apply(dispatcher, "RecordMeterReading", machine,
        new RecordMeterReading(BigDecimal.ONE, "h", null, "n".repeat(501)))).field()).isEqualTo("note");
  }
}
