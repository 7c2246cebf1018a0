package com.fieldops.client.dispatch;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads what the board shows from the replica's queries (disk: call off the UI thread) and shapes
 * it into queue items and timeline lanes. The one place that knows which replica row carries what.
 */
public class BoardData {
  private final Replica replica;
  private final CountdownSource countdowns;

  public BoardData(Replica replica, CountdownSource countdowns) {
    this.replica = replica;
    this.countdowns = countdowns;
  }

  public List<WorkOrderRow> openWorkOrders() {
    return replica.workOrders().openWorkOrders();
  }

  public List<QueueItem> queueItems(List<WorkOrderRow> rows) {
    List<QueueItem> items = new ArrayList<>(rows.size());
    for (WorkOrderRow r : rows) {
      items.add(QueueItem.of(r, countdowns.countdowns(r), region(r), requiredSkills(r)));
    }
    return items;
  }

  protected String region(WorkOrderRow row) {
    return row.region();
  }

  protected List<String> requiredSkills(WorkOrderRow row) {
    return row.requiredSkill() == null || row.requiredSkill().isBlank() ? List.of() : List.of(row.requiredSkill());
  }

  /** Active technicians with the jobs scheduled from {@code from} for {@code days} days. */
  public List<TechnicianLane> lanes(LocalDate from, int days, ZoneId zone) {
    List<TechnicianLane> out = new ArrayList<>();
    for (TechnicianRow row : replica.identity().technicians()) {
      Technician t = row.technician();
      if (!t.active()) {
        continue;
      }
      Map<UUID, WorkOrderRow> jobs = new LinkedHashMap<>();
      ZoneId techZone = t.timeZone() != null ? t.timeZone() : zone;
      for (int i = 0; i < days; i++) {
        TechnicianDay d = replica.identity().technicianDay(t.id(), from.plusDays(i));
        for (WorkOrderRow r : d.scheduled()) {
          jobs.putIfAbsent(r.id(), r);
        }
      }
      List<String> skills = t.skills().stream().map(Skill::code).toList();
      List<WorkingHours> hours = t.weeklyHours().isEmpty() ? TechnicianLane.defaultHours() : t.weeklyHours();
      Map<String, Integer> levels = t.skills().stream().filter(java.util.Objects::nonNull)
          .collect(java.util.stream.Collectors.toMap(Skill::code, Skill::level, Math::max));
      out.add(new TechnicianLane(t.id(), t.name(), t.region(), skills, techZone, hours, t.absences(),
          new ArrayList<>(jobs.values()), levels));
    }
    return out;
  }
}
