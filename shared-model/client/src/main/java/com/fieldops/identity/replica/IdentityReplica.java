package com.fieldops.identity.replica;

import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.replica.store.ViewReads.read;

import com.fieldops.identity.model.Technician;
import com.fieldops.replica.store.EntityDoc;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.workorder.replica.WorkOrderRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People in the replica: the signed-in user, the technicians in scope and a technician's day.
 * Technicians are written with the replica's generic {@code record} ({@code UpsertTechnician}).
 */
public final class IdentityReplica {
  private final LocalStore store;

  public IdentityReplica(LocalStore store) {
    this.store = store;
  }

  /** The signed-in user this replica belongs to, once known (after the first sign-in). */
  public Optional<ReplicaUser> user() {
    Optional<ReplicaUser> user = store.setting(StoreKeys.USER).map(json -> read(json, ReplicaUser.class));
    if (user.isPresent() && user.get().technicianId() == null) {
      // the session names the user; the technician record (pulled) links the user to it
      ReplicaUser u = user.get();
      Optional<UUID> technician = store.query(c -> LocalStore.reader(c)
          .findBy(EntityTypes.TECHNICIAN, "userId", u.userId().toString()).stream().findFirst().map(EntityDoc::id));
      if (technician.isPresent()) {
        return Optional.of(u.withTechnicianId(technician.get()));
      }
    }
    return user;
  }

  /** Technicians in scope, by name. */
  public List<TechnicianRow> technicians() {
    return store.query(c -> {
      Map<String, Integer> open = WorkOrderRows.countOpenBy(c, "assigneeId");
      List<TechnicianRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id, pending, data FROM view_doc WHERE type = 'Technician'")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Technician t = read(rs.getString(3), Technician.class);
            out.add(new TechnicianRow(t, open.getOrDefault(rs.getString(1), 0), rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(TechnicianRow::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    });
  }

  /**
   * A technician's day: the work orders scheduled on {@code day} (in the technician's zone) plus
   * their open unscheduled ones, in schedule order.
   */
  public TechnicianDay technicianDay(UUID technicianId, LocalDate day) {
    return store.query(c -> {
      Technician t = doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class).orElse(null);
      ZoneId zone = t == null || t.timeZone() == null ? ZoneOffset.UTC : t.timeZone();
      Instant from = day.atStartOfDay(zone).toInstant();
      Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
      List<WorkOrderRow> scheduled = new ArrayList<>();
      List<WorkOrderRow> unscheduled = new ArrayList<>();
      for (WorkOrderRow r : WorkOrderRows.byField(c, "assigneeId", technicianId)) {
        if (r.scheduledStart() != null) {
          Instant end = r.scheduledEnd() == null ? r.scheduledStart() : r.scheduledEnd();
          if (r.scheduledStart().isBefore(to) && !end.isBefore(from)) {
            scheduled.add(r);
          }
        } else if (r.status() != null && r.status().isOpen()) {
          unscheduled.add(r);
        }
      }
      scheduled.sort(Comparator.comparing(WorkOrderRow::scheduledStart));
      unscheduled.sort(WorkOrderRows.BY_DUE);
      return new TechnicianDay(t, day, zone, scheduled, unscheduled);
    });
  }
}
