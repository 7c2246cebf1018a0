package com.fieldops.replica;

import com.fieldops.replica.store.ReplicaUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Domain records and server changes for replica tests: a small world of one region. */
public final class ReplicaFixtures {
  public static final String REGION = "north";
  private final AtomicLong seq = new AtomicLong();

  public final UUID customerId = Ids.newId();
  public final UUID siteId = Ids.newId();
  public final UUID techUserId = Ids.newId();
  public final UUID technicianId = Ids.newId();
  public final UUID otherTechnicianId = Ids.newId();
  public final UUID dispatcherUserId = Ids.newId();
  public final UUID otherDispatcherUserId = Ids.newId();
  public final UUID otherTechUserId = Ids.newId();

  public Customer customer() {
    return new Customer(customerId, "Acme Bakery", "C-100", "office@acme.example", null,
        new Address("1 Main St", "10115", "Berlin", null, "DE"), "en");
  }

  public Site site() {
    return new Site(siteId, customerId, "Acme Bakery Mitte", new Address("1 Main St", "10115", "Berlin", null, "DE"),
        ZoneId.of("Europe/Berlin"), null, REGION, null);
  }

  public Technician technician(UUID id, UUID userId, String name) {
    return new Technician(id, userId, name, null, null, REGION, List.of(), null, ZoneId.of("Europe/Berlin"),
        List.of(), List.of(), true);
  }

  public WorkOrder workOrder(UUID id, WorkOrderStatus status, UUID assignee) {
    return new WorkOrder(id, null, customerId, siteId, null, null, WorkOrderType.REPAIR, Priority.P2, status, null,
        assignee, null, REGION, null, null, "Oven does not heat", null, Instant.parse("2026-11-20T08:00:00Z"),
        dispatcherUserId);
  }

  public ReplicaUser technicianUser() {
    return new ReplicaUser(techUserId, "tina", "Tina Tech", Role.TECHNICIAN, technicianId, null);
  }

  public ReplicaUser dispatcherUser() {
    return new ReplicaUser(dispatcherUserId, "dora", "Dora Dispatch", Role.DISPATCHER, null, REGION);
  }

  /** A server UPSERT change for an entity record, with the next sequence number. */
  public Change upsert(Object entity, long version) {
    JsonNode data = Json.mapper().valueToTree(entity);
    return new Change(seq.incrementAndGet(), EntityNames.of(entity), EntityNames.idOf(entity), version, ChangeOp.UPSERT, data);
  }

  public Change remove(String type, UUID id, long version) {
    return new Change(seq.incrementAndGet(), type, id, version, ChangeOp.REMOVE, null);
  }

  public long lastSeq() {
    return seq.get();
  }

  /** A replica on a file with no server, as {@code user}. */
  public static LocalReplica offlineReplica(Path file, ReplicaUser user) {
    LocalReplica r = (LocalReplica) Replicas.open(ReplicaConfig.of(file, null).withLocale(Locale.ENGLISH));
    r.store().putSetting(com.fieldops.replica.store.StoreKeys.USER, Json.write(user));
    return r;
  }
}
