package com.fieldops.server.sync;

import com.fieldops.protocol.ChangeOp;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.workorder.model.WorkOrder;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who receives the stock records of part requests, thresholds and serial units (docs/decisions/0017):
 * a request and its history the requesting technician and the office of their region; a threshold the
 * audience of its location; a serial unit the audiences of where it is, where it goes and where it was.
 */
final class StockAudiences {
  private StockAudiences() {}

  static void onWrite(ApplyingTransaction tx, StoredEntity stored, Object entity, Object previous, UUID mutationId) {
    if (entity instanceof PartRequest r) {
      tx.addChange(stored, ChangeOp.UPSERT, ofRequest(tx, r), mutationId);
    } else if (entity instanceof PartRequestEvent e) {
      Audience a = tx.find(PartRequest.class, e.partRequestId()).map(r -> ofRequest(tx, r)).orElse(Audience.adminsOnly());
      tx.addChange(stored, ChangeOp.UPSERT, a, mutationId);
    } else if (entity instanceof StockThreshold t) {
      Audience a = Audiences.locationAudience(tx, t.locationId());
      tx.addChange(stored, ChangeOp.UPSERT, a == null ? Audience.adminsOnly() : a, mutationId);
    } else if (entity instanceof SerialUnit u) {
      Set<Audience> audiences = new LinkedHashSet<>();
      addLocation(tx, audiences, u.locationId());
      addLocation(tx, audiences, u.destinationId());
      if (previous instanceof SerialUnit before) {
        addLocation(tx, audiences, before.locationId());
      }
      if (u.workOrderId() != null) {
        tx.find(WorkOrder.class, u.workOrderId()).ifPresent(wo -> audiences.add(Audience.of(wo.region(), null)));
      }
      if (audiences.isEmpty()) {
        audiences.add(Audience.adminsOnly());
      }
      for (Audience a : audiences) {
        tx.addChange(stored, ChangeOp.UPSERT, a, mutationId);
      }
    }
  }

  /** The sent half of a transfer that names its destination also reaches whoever is there (another region too). */
  static void destination(ApplyingTransaction tx, StoredEntity stored, StockMovement m, Audience main, UUID mutationId) {
    if (m.destinationId() == null) {
      return;
    }
    Audience to = Audiences.locationAudience(tx, m.destinationId());
    if (to == null) {
      return;
    }
    if (to.technicianId() != null && !to.technicianId().equals(main.technicianId())) {
      tx.addChange(stored, ChangeOp.UPSERT, Audience.onlyTechnician(to.technicianId()), mutationId);
    }
    if (to.region() != null && !to.region().equals(main.region())) {
      tx.addChange(stored, ChangeOp.UPSERT, Audience.onlyRegion(to.region()), mutationId);
    }
  }

  /** The requesting technician and the office of the request's region (older records: the job's). */
  private static Audience ofRequest(ApplyingTransaction tx, PartRequest r) {
    String region = r.region();
    if (region == null && r.workOrderId() != null) {
      region = tx.find(WorkOrder.class, r.workOrderId()).map(WorkOrder::region).orElse(null);
    }
    return region == null ? Audience.adminsOnly() : Audience.of(region, r.requestedByTechnicianId());
  }

  private static void addLocation(ApplyingTransaction tx, Set<Audience> into, UUID locationId) {
    if (locationId != null) {
      Audience a = Audiences.locationAudience(tx, locationId);
      if (a != null && into.stream().noneMatch(x -> Objects.equals(x, a))) {
        into.add(a);
      }
    }
  }
}
