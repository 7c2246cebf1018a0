package com.fieldops.replica.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.sla.SlaClocks;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.WorkOrderSla;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each open work order's SLA clocks in the local view, in the same transaction as the
 * change that moved them: the work order, its events, its site, its customer's contracts, a
 * policy or the default policy. It writes three columns of {@code view_doc}: {@code sla} (the
 * {@link SlaSummary} as one {@link SlaColumn} line, what a list's badges show), {@code sla_due} (the earliest due
 * instant of a running or breached clock) and {@code due_order} (the sort key of "open work
 * orders, most urgent first"). Closed work orders carry none; their clocks are computed when asked.
 *
 * <p>The rule (which policy, which events count when) is {@link WorkOrderSla}, the server's too.
 */
final class SlaIndex {
  private static final Logger LOG = LoggerFactory.getLogger(SlaIndex.class);
  static final String DEFAULT_POLICY = "DefaultSlaPolicy";
  private static final Set<String> CLOSED = Set.of("COMPLETED", "CLOSED", "CANCELLED");

  private final Clock clock;
  private final DocIndexer fallback;

  /** {@code fallback} gives the due instant of a work order no local policy covers (a server-sent one). */
  SlaIndex(Clock clock, DocIndexer fallback) {
    this.clock = clock;
    this.fallback = fallback;
  }

  /** Recomputes the clocks of every open work order that {@code touched} may have moved. */
  void refresh(Connection c, Touched touched) throws SQLException {
    // history events name their work order in the data they were written with; an SLA-relevant
    // event is always written together with its work order, so restored events need no lookup
    Set<UUID> workOrders = new LinkedHashSet<>(touched.workOrdersOfHistory());
    boolean everything = false;
    Set<String> customers = new HashSet<>();
    Set<String> sites = new HashSet<>();
    for (DocKey k : touched.keys()) {
      switch (k.type()) {
        case "WorkOrder" -> workOrders.add(k.id());
        case "SlaPolicy", DEFAULT_POLICY -> everything = true;
        case "ServiceContract" -> {
          Optional<String> customer = field(c, k, "customerId");
          if (customer.isPresent()) {
            customers.add(customer.get());
          } else {
            everything = true; // removed: whose it was is gone with it
          }
        }
        case "Site" -> sites.add(k.id().toString());
        default -> { }
      }
    }
    if (everything) {
      workOrders.addAll(openWorkOrders(c, null, null));
    } else {
      for (String customer : customers) {
        workOrders.addAll(openWorkOrders(c, "customerId", customer));
      }
      for (String site : sites) {
        workOrders.addAll(openWorkOrders(c, "siteId", site));
      }
    }
    if (workOrders.isEmpty()) {
      return;
    }
    Policies policies = new Policies(c);
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE view_doc SET sla = ?, sla_due = ?, due_order = ? WHERE type = 'WorkOrder' AND id = ?")) {
      for (UUID id : workOrders) {
        Optional<EntityDoc> doc = Docs.find(c, "WorkOrder", id);
        // a closed one was written with no clocks (Docs.ViewWriter); nothing to do
        if (doc.isEmpty() || CLOSED.contains(doc.get().data().path("status").asText())) {
          continue;
        }
        write(update, id, doc.get().data(), policies, c);
      }
    }
  }

  /** Recomputes every work order (after an upgrade added the columns). */
  int reindexAll(Connection c) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM view_doc WHERE type = 'WorkOrder'");
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(UUID.fromString(rs.getString(1)));
      }
    }
    Policies policies = new Policies(c);
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE view_doc SET sla = ?, sla_due = ?, due_order = ? WHERE type = 'WorkOrder' AND id = ?")) {
      for (UUID id : ids) {
        Optional<EntityDoc> doc = Docs.find(c, "WorkOrder", id);
        if (doc.isPresent()) {
          write(update, id, doc.get().data(), policies, c);
        }
      }
    }
    return ids.size();
  }

  /** The clocks of one work order now, open or not (for a detail screen or a report); empty without a policy. */
  Optional<SlaSummary> summary(Connection c, WorkOrder wo) throws SQLException {
    return clocks(c, wo, new Policies(c)).map(pc -> SlaSummary.of(pc.policy(), pc.clocks()));
  }

  private record PolicyClocks(SlaPolicy policy, SlaClocks clocks) {}

  private void write(PreparedStatement update, UUID id, JsonNode data, Policies policies, Connection c)
      throws SQLException {
    String sla = null;
    Instant due = null;
    String order = null;
    if (!CLOSED.contains(data.path("status").asText())) {
      WorkOrder wo = readOrNull(data, WorkOrder.class);
      Optional<PolicyClocks> clocks = wo == null ? Optional.empty() : clocks(c, wo, policies);
      if (clocks.isPresent()) {
        SlaSummary summary = SlaSummary.of(clocks.get().policy(), clocks.get().clocks());
        sla = SlaColumn.encode(summary);
        due = summary.nextDue();
      } else {
        due = fallback.slaDue("WorkOrder", data);
      }
      order = Docs.dueOrder("WorkOrder", data, due);
    }
    update.setString(1, sla);
    update.setString(2, due == null ? null : due.toString());
    update.setString(3, order);
    update.setString(4, id.toString());
    update.executeUpdate();
  }

  private Optional<PolicyClocks> clocks(Connection c, WorkOrder wo, Policies policies) throws SQLException {
    if (wo.createdAt() == null || wo.customerId() == null) {
      return Optional.empty();
    }
    ZoneId zone = policies.siteZone(wo.siteId());
    List<ServiceContract> contracts = policies.contracts(wo.customerId());
    Optional<SlaPolicy> policy = WorkOrderSla.policyFor(wo, zone, contracts, policies.byId(), policies.defaultId());
    if (policy.isEmpty()) {
      return Optional.empty();
    }
    List<WorkOrderEvent> events = new ArrayList<>();
    for (EntityDoc d : Docs.findBy(c, "WorkOrderEvent", "workOrderId", wo.id().toString())) {
      WorkOrderEvent e = readOrNull(d.data(), WorkOrderEvent.class);
      if (e != null) {
        events.add(e);
      }
    }
    try {
      return Optional.of(new PolicyClocks(policy.get(), WorkOrderSla.clocks(policy.get(), wo, events, clock.instant())));
    } catch (RuntimeException e) {
      // e.g. a calendar without any opening hours: no countdown rather than no list
      LOG.warn("No SLA clocks for work order {} under policy {}: {}", wo.id(), policy.get().id(), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Policies and the default, and each site's zone and customer's contracts once asked: read once
   * per refresh (a bootstrap page holds hundreds of work orders of the same few customers).
   */
  private static final class Policies {
    private final Connection c;
    private Map<UUID, SlaPolicy> byId;
    private UUID defaultId;
    private final Map<UUID, Optional<ZoneId>> zones = new HashMap<>();
    private final Map<UUID, List<ServiceContract>> contracts = new HashMap<>();

    Policies(Connection c) {
      this.c = c;
    }

    ZoneId siteZone(UUID siteId) throws SQLException {
      if (siteId == null) {
        return null;
      }
      Optional<ZoneId> zone = zones.get(siteId);
      if (zone == null) {
        zone = Docs.find(c, "Site", siteId).map(d -> d.data().path("timeZone").asText(null)).map(SlaIndex::zoneOrNull);
        zones.put(siteId, zone);
      }
      return zone.orElse(null);
    }

    List<ServiceContract> contracts(UUID customerId) throws SQLException {
      List<ServiceContract> list = contracts.get(customerId);
      if (list == null) {
        list = new ArrayList<>();
        for (EntityDoc d : Docs.findBy(c, "ServiceContract", "customerId", customerId.toString())) {
          ServiceContract sc = readOrNull(d.data(), ServiceContract.class);
          if (sc != null) {
            list.add(sc);
          }
        }
        contracts.put(customerId, list);
      }
      return list;
    }

    Map<UUID, SlaPolicy> byId() throws SQLException {
      load();
      return byId;
    }

    UUID defaultId() throws SQLException {
      load();
      return defaultId;
    }

    private void load() throws SQLException {
      if (byId != null) {
        return;
      }
      byId = new HashMap<>();
      for (EntityDoc d : Docs.all(c, "SlaPolicy")) {
        SlaPolicy p = readOrNull(d.data(), SlaPolicy.class);
        if (p != null && p.id() != null) {
          byId.put(p.id(), p);
        }
      }
      for (EntityDoc d : Docs.all(c, DEFAULT_POLICY)) {
        String id = d.data().path("policyId").asText(null);
        defaultId = id == null ? null : UUID.fromString(id);
      }
    }
  }

  private static List<UUID> openWorkOrders(Connection c, String field, String value) throws SQLException {
    String sql = "SELECT id FROM view_doc WHERE due_order IS NOT NULL"
        + (field == null ? "" : " AND json_extract(data, '$." + field + "') = ?");
    List<UUID> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (field != null) {
        ps.setString(1, value);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(UUID.fromString(rs.getString(1)));
        }
      }
    }
    return out;
  }

  private static Optional<String> field(Connection c, DocKey k, String field) throws SQLException {
    // field names here are constants of this class, never user input
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT json_extract(data, '$." + field + "') FROM view_doc WHERE type = ? AND id = ?")) {
      ps.setString(1, k.type());
      ps.setString(2, k.id().toString());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static ZoneId zoneOrNull(String zone) {
    try {
      return ZoneId.of(zone);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static <T> T readOrNull(JsonNode data, Class<T> cls) {
    try {
      return Json.mapper().treeToValue(data, cls);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.debug("Skipping a {} this version cannot read: {}", cls.getSimpleName(), e.getMessage());
      return null;
    }
  }
}
