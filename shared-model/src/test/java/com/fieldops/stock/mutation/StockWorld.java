package com.fieldops.stock.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.Money;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.fixtures.MapLookup;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A north region with a warehouse, a technician's van, a plain and a serialized part and a job of the
 * technician's; mutations applied as the server and the replica do ({@link Mutations#apply}).
 */
final class StockWorld {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new LinkedHashMap<>();
  final EntityLookup lookup = MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID tech = Ids.newId();
  final UUID otherTech = Ids.newId();
  final UUID warehouse = Ids.newId();
  final UUID van = Ids.newId();
  final UUID otherVan = Ids.newId();
  final UUID filter = Ids.newId();
  final UUID compressor = Ids.newId();
  final Actor admin = new Actor(Ids.newId(), Role.ADMIN, null, null);
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor southDispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, tech, null);
  final UUID job;

  StockWorld() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
    put(new Technician(tech, null, "Tess", null, null, "north", List.of(), van, ZoneId.of("UTC"), List.of(), List.of(),
        true));
    put(new Technician(otherTech, null, "Tom", null, null, "north", List.of(), otherVan, ZoneId.of("UTC"), List.of(),
        List.of(), true));
    put(new StockLocation.Warehouse(warehouse, "North depot", "north", a));
    put(new StockLocation.Van(van, "Van 1", "north", tech, "NY-1"));
    put(new StockLocation.Van(otherVan, "Van 2", "north", otherTech, "NY-2"));
    Money five = new Money(new BigDecimal("5.00"), Currency.getInstance("USD"));
    put(new Part(filter, "FLT-100", "Filter", null, false, five, five, "pcs"));
    put(new Part(compressor, "CMP-200", "Compressor", null, true, five, five, "pcs"));
    job = Ids.newId();
    Outcome o = apply(dispatcher, "CreateWorkOrder", job, new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, tech));
    assertThat(o).isInstanceOf(Outcome.Applied.class);
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    return apply(actor, type, entityId, payload, "phone");
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload, String device) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, device, NOW.minusSeconds(60),
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  List<StockMovement> movements() {
    return state.values().stream().filter(StockMovement.class::isInstance).map(StockMovement.class::cast).toList();
  }

  <T> List<T> all(Class<T> type) {
    return state.values().stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<PartUsage> usages() {
    return state.values().stream().filter(PartUsage.class::isInstance).map(PartUsage.class::cast).toList();
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  static Outcome.Applied applied(Outcome o) {
    assertThat(o).as(() -> o.toString()).isInstanceOf(Outcome.Applied.class);
    return (Outcome.Applied) o;
  }
}
