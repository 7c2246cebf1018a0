package com.fieldops.sla.replica;

import static com.fieldops.replica.store.ViewReads.doc;

import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.sla.SlaPolicy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SLA clocks in the replica, computed on the device with the shared calculator (the same answer as
 * the server's). Policies are written with the replica's generic {@code record} ({@code UpsertSlaPolicy},
 * {@code SetDefaultSlaPolicy}).
 */
public final class SlaReplica {
  private final LocalStore store;

  public SlaReplica(LocalStore store) {
    this.store = store;
  }

  /** A work order's SLA clocks now (open or closed); empty when it is not in scope or no policy applies. */
  public Optional<SlaSummary> clocks(UUID workOrderId) {
    return store.query(c -> {
      Optional<WorkOrder> wo = doc(c, EntityTypes.WORK_ORDER, workOrderId, WorkOrder.class);
      return wo.isEmpty() ? Optional.<SlaSummary>empty() : store.slaSummary(c, wo.get());
    });
  }

  /** The SLA policies in scope, by name. */
  public List<SlaPolicy> policies() {
    return store.query(c -> {
      List<SlaPolicy> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
        ps.setString(1, EntityTypes.SLA_POLICY);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            SlaPolicy p = com.fieldops.replica.store.ViewReads.readOrNull(rs.getString(1), SlaPolicy.class);
            if (p != null) {
              out.add(p);
            }
          }
        }
      }
      out.sort(Comparator.comparing(SlaPolicy::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    });
  }
}
