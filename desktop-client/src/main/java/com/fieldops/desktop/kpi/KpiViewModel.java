package com.fieldops.desktop.kpi;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.view.CompletedWorkOrder;
import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.sla.ClockState;
import com.fieldops.workorder.model.Priority;
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
 * Figures for the KPI dashboard from the replica: SLA compliance by milestone and by priority
 * (work orders completed in the window with their final clocks, plus open ones: breached or not
 * now), mean time to resolve and first-time-fix rate of the completed ones, backlog by age and
 * open jobs per technician.
 */
public final class KpiViewModel {
  /** How far back completed work orders count. */
  public static final int WINDOW_DAYS = 30;

  public record Figures(Map<String, Double> complianceByMilestone, Map<String, Double> complianceByPriority,
      Map<String, Integer> backlogByAge, Map<String, Integer> jobsPerTechnician, int open, int breached) {}

  private final Messages msg;
  private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
  private final StringProperty mttr = new SimpleStringProperty("—");
  private final StringProperty ftf = new SimpleStringProperty("—");
  private final StringProperty window = new SimpleStringProperty("");
  private List<QueueItem> open = List.of();
  private List<CompletedWorkOrder> completed = List.of();
  private Instant now = Instant.EPOCH;
  private final SatisfactionKpiModel satisfaction;

  public KpiViewModel(Messages msg) {
    this.msg = msg;
    this.satisfaction = new SatisfactionKpiModel(msg);
  }

  /** Customer satisfaction overall and per technician (filled by {@link SatisfactionKpiLoader}). */
  public SatisfactionKpiModel satisfaction() {
    return satisfaction;
  }

  /** Open work orders changed (the board reloaded). */
  public void update(List<QueueItem> items, Instant at) {
    this.open = List.copyOf(items);
    this.now = at;
    recompute();
  }

  /** Work orders completed in the last {@link #WINDOW_DAYS} days, from {@code ReplicaQueries.recentlyCompleted}. */
  public void updateCompleted(List<CompletedWorkOrder> done, Instant at) {
    this.completed = List.copyOf(done);
    this.now = at;
    recompute();
  }

  private void recompute() {
    Map<Milestone, int[]> byMilestone = new EnumMap<>(Milestone.class);
    Map<Priority, int[]> byPriority = new EnumMap<>(Priority.class);
    int[] age = new int[4];
    Map<String, Integer> perTech = new TreeMap<>();
    int breached = 0;
    for (QueueItem i : open) {
      boolean anyBreached = false;
      for (MilestoneCountdown c : i.countdowns()) {
        boolean ok = c.stateAt(now) != BadgeState.BREACHED;
        anyBreached |= !ok;
        count(byMilestone, byPriority, c.milestone(), i.row().priority(), ok);
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
    long totalMinutes = 0;
    int fixedFirstTime = 0;
    for (CompletedWorkOrder d : completed) {
      totalMinutes += d.timeToResolve().toMinutes();
      fixedFirstTime += d.firstTimeFix() ? 1 : 0;
      if (d.row().sla() != null) {
        for (MilestoneStatus s : d.row().sla().milestones()) {
          if (s.state() == ClockState.MET || s.state() == ClockState.BREACHED) {
            count(byMilestone, byPriority, s.milestone(), s.priority() != null ? s.priority() : d.row().priority(),
                s.state() == ClockState.MET);
          }
        }
      }
    }
    if (completed.isEmpty()) {
      mttr.set("—");
      ftf.set("—");
      window.set(msg.text("kpi.noCompleted", WINDOW_DAYS));
    } else {
      mttr.set(msg.text("kpi.hours", totalMinutes / 60.0 / completed.size()));
      ftf.set(msg.text("kpi.percentValue", 100.0 * fixedFirstTime / completed.size()));
      window.set(msg.text("kpi.window", WINDOW_DAYS, completed.size()));
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
    figures.set(new Figures(m, p, a, perTech, open.size(), breached));
  }

  private static void count(Map<Milestone, int[]> byMilestone, Map<Priority, int[]> byPriority, Milestone milestone,
      Priority priority, boolean ok) {
    int[] m = byMilestone.computeIfAbsent(milestone, k -> new int[2]);
    m[0] += ok ? 1 : 0;
    m[1]++;
    if (priority != null) {
      int[] p = byPriority.computeIfAbsent(priority, k -> new int[2]);
      p[0] += ok ? 1 : 0;
      p[1]++;
    }
  }

  public StringProperty windowProperty() {
    return window;
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
