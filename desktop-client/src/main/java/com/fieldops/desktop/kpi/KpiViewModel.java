package com.fieldops.desktop.kpi;

import com.fieldops.desktop.countdown.BadgeState;
import com.fieldops.desktop.countdown.MilestoneCountdown;
import com.fieldops.desktop.dispatch.QueueItem;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.model.workorder.Priority;
import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Figures for the KPI dashboard, computed from the open work orders in the replica: share of
 * clocks on track by milestone and by priority, backlog by age, open jobs per technician.
 * Mean time to resolve and first-time-fix need completed jobs, which the replica's queries do not
 * list yet; they show a dash until they do.
 */
public final class KpiViewModel {
  public record Figures(Map<String, Double> complianceByMilestone, Map<String, Double> complianceByPriority,
      Map<String, Integer> backlogByAge, Map<String, Integer> jobsPerTechnician, int open, int breached) {}

  private final Messages msg;
  private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
  private final StringProperty mttr = new SimpleStringProperty("—");
  private final StringProperty ftf = new SimpleStringProperty("—");

  public KpiViewModel(Messages msg) {
    this.msg = msg;
  }

  public void update(List<QueueItem> items, Instant now) {
    Map<Milestone, int[]> byMilestone = new EnumMap<>(Milestone.class);
    Map<Priority, int[]> byPriority = new EnumMap<>(Priority.class);
    int[] age = new int[4];
    Map<String, Integer> perTech = new TreeMap<>();
    int breached = 0;
    for (QueueItem i : items) {
      boolean anyBreached = false;
      for (MilestoneCountdown c : i.countdowns()) {
        boolean ok = c.stateAt(now) != BadgeState.BREACHED;
        anyBreached |= !ok;
        int[] m = byMilestone.computeIfAbsent(c.milestone(), k -> new int[2]);
        m[0] += ok ? 1 : 0;
        m[1]++;
        if (i.row().priority() != null) {
          int[] p = byPriority.computeIfAbsent(i.row().priority(), k -> new int[2]);
          p[0] += ok ? 1 : 0;
          p[1]++;
        }
      }
      breached += anyBreached ? 1 : 0;
      if (i.row().createdAt() != null) {
        long days = Duration.between(i.row().createdAt(), now).toDays();
        age[days < 1 ? 0 : days < 3 ? 1 : days < 7 ? 2 : 3]++;
      }
      if (i.row().assigneeName() != null) {
        perTech.merge(i.row().assigneeName(), 1, Integer::sum);
      }
    }
    Map<String, Double> m = new LinkedHashMap<>();
    for (Milestone ms : Milestone.values()) {
      int[] v = byMilestone.get(ms);
      m.put(msg.text("sla." + (ms == Milestone.ONSITE ? "onsite" : ms.name().toLowerCase(java.util.Locale.ROOT))),
          v == null || v[1] == 0 ? 100.0 : 100.0 * v[0] / v[1]);
    }
    Map<String, Double> p = new LinkedHashMap<>();
    for (Priority pr : Priority.values()) {
      int[] v = byPriority.get(pr);
      p.put(pr.name(), v == null || v[1] == 0 ? 100.0 : 100.0 * v[0] / v[1]);
    }
    Map<String, Integer> a = new LinkedHashMap<>();
    a.put(msg.text("kpi.age.lt1d"), age[0]);
    a.put(msg.text("kpi.age.1to3d"), age[1]);
    a.put(msg.text("kpi.age.3to7d"), age[2]);
    a.put(msg.text("kpi.age.gt7d"), age[3]);
    figures.set(new Figures(m, p, a, perTech, items.size(), breached));
  }

  public ReadOnlyObjectWrapper<Figures> figuresProperty() {
    return figures;
  }

  public StringProperty mttrProperty() {
    return mttr;
  }

  public StringProperty ftfProperty() {
    return ftf;
  }

  public Messages messages() {
    return msg;
  }
}
