package com.fieldops.server.sla;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.sla.SlaPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Which SLA policy applies to a work order: an equipment contract for its equipment wins over a
 * customer contract, and without either the default policy (set by an admin) applies. Contracts
 * count if they are in force on the day the work order was created, in the site's zone; of
 * several, the one that started last wins.
 *
 * <p>The policy is chosen once, when the scheduler first sees the work order, and kept: a contract
 * signed later does not change the promise made when the job was opened. Editing the policy itself
 * (e.g. its calendar) does recompute the open clocks under it.
 *
 * <p>Policies and contracts are cached per server instance and re-read when their stored versions
 * change (checked once per scheduler batch; another instance may have changed them).
 */
final class PolicyDirectory {
  static final String POLICY = "SlaPolicy";
  static final String CONTRACT = "ServiceContract";
  static final String DEFAULT = "DefaultSlaPolicy";

  private final StoredRecords records;
  private String fingerprint = "";
  private Map<UUID, SlaPolicy> policies = Map.of();
  private Map<UUID, List<ServiceContract>> contractsByCustomer = Map.of();
  private UUID defaultPolicy;

  PolicyDirectory(StoredRecords records) {
    this.records = records;
  }

  /** Re-reads policies and contracts if any changed since the last call. */
  synchronized void refresh(Connection c) throws SQLException {
    String now = fingerprint(c, POLICY) + "/" + fingerprint(c, CONTRACT) + "/" + fingerprint(c, DEFAULT);
    if (now.equals(fingerprint)) {
      return;
    }
    Map<UUID, SlaPolicy> p = new HashMap<>();
    for (String json : Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = ?", rs -> rs.getString(1), POLICY)) {
      SlaPolicy policy = StoredRecords.parse(json, SlaPolicy.class);
      p.put(policy.id(), policy);
    }
    Map<UUID, List<ServiceContract>> byCustomer = new HashMap<>();
    for (String json : Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = ?", rs -> rs.getString(1),
        CONTRACT)) {
      ServiceContract sc = StoredRecords.parse(json, ServiceContract.class);
      byCustomer.computeIfAbsent(sc.customerId(), k -> new ArrayList<>()).add(sc);
    }
    defaultPolicy = records.value(c, DEFAULT, DefaultSlaPolicy.class, DefaultSlaPolicy.ID)
        .map(DefaultSlaPolicy::policyId).orElse(null);
    policies = p;
    contractsByCustomer = byCustomer;
    fingerprint = now;
  }

  private static String fingerprint(Connection c, String type) throws SQLException {
    return Jdbc.queryOne(c, "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM entity WHERE entity_type = ?",
        rs -> rs.getLong(1) + ":" + rs.getLong(2), type).orElse("0:0");
  }

  synchronized Optional<SlaPolicy> policy(UUID id) {
    return Optional.ofNullable(id == null ? null : policies.get(id));
  }

  /** The policy for a new work order, or empty when no contract covers it and there is no default. */
  synchronized Optional<UUID> choose(Connection c, WorkOrder wo) throws SQLException {
    ZoneId zone = records.value(c, "Site", Site.class, wo.siteId()).map(Site::timeZone).orElse(ZoneOffset.UTC);
    List<ServiceContract> contracts = contractsByCustomer.getOrDefault(wo.customerId(), List.of());
    // the one shared rule (server and clients): com.fieldops.sla.WorkOrderSla
    return com.fieldops.sla.WorkOrderSla.choosePolicy(wo, zone, contracts, policies::containsKey, defaultPolicy);
  }
}
