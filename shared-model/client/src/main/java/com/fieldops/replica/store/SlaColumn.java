package com.fieldops.replica.store;

import com.fieldops.workorder.model.Priority;
import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code view_doc.sla} column: a work order's {@link SlaSummary} as one short line. Lists read it
 * for every open work order (50k for a busy dispatcher), so it is parsed by hand: about ten times
 * faster than JSON, which made "open work orders" take seconds.
 *
 * <p>{@code S1;policyId;evaluatedAtMillis;count;m1;...;mN;policy name}, each milestone
 * {@code MILESTONE,STATE,PRIORITY,targetMinutes,dueMillis,warningMillis,metMillis,leftSeconds}
 * with empty fields for null. The name is last, so it may contain any character.
 */
public final class SlaColumn {
  private static final String VERSION = "S1";

  private SlaColumn() {}

  public static String encode(SlaSummary s) {
    StringBuilder b = new StringBuilder(160).append(VERSION).append(';').append(s.policyId()).append(';')
        .append(millis(s.evaluatedAt())).append(';').append(s.milestones().size()).append(';');
    for (MilestoneStatus m : s.milestones()) {
      b.append(m.milestone().name()).append(',').append(m.state().name()).append(',')
          .append(m.priority() == null ? "" : m.priority().name()).append(',')
          .append(m.targetMinutes() == null ? "" : m.targetMinutes().toString()).append(',')
          .append(millis(m.dueAt())).append(',').append(millis(m.warningAt())).append(',').append(millis(m.metAt()))
          .append(',').append(m.businessTimeLeft() == null ? "" : Long.toString(m.businessTimeLeft().getSeconds()))
          .append(';');
    }
    return b.append(s.policyName() == null ? "" : s.policyName()).toString();
  }

  /** The summary, or null for null or a line this version cannot read. */
  public static SlaSummary decode(String line) {
    if (line == null || !line.startsWith(VERSION + ";")) {
      return null;
    }
    try {
      int[] pos = {VERSION.length() + 1};
      UUID policy = UUID.fromString(next(line, pos, ';'));
      Instant evaluated = instant(next(line, pos, ';'));
      int count = Integer.parseInt(next(line, pos, ';'));
      List<MilestoneStatus> milestones = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String m = next(line, pos, ';');
        int[] p = {0};
        Milestone milestone = Milestone.valueOf(next(m, p, ','));
        ClockState state = ClockState.valueOf(next(m, p, ','));
        String priority = next(m, p, ',');
        String target = next(m, p, ',');
        Instant due = instant(next(m, p, ','));
        Instant warning = instant(next(m, p, ','));
        Instant met = instant(next(m, p, ','));
        String left = m.substring(p[0]);
        milestones.add(new MilestoneStatus(milestone, state, priority.isEmpty() ? null : Priority.valueOf(priority),
            target.isEmpty() ? null : Long.valueOf(target), due, warning, met,
            left.isEmpty() ? null : Duration.ofSeconds(Long.parseLong(left))));
      }
      return new SlaSummary(policy, line.substring(pos[0]), evaluated, milestones);
    } catch (RuntimeException e) {
      return null; // unreadable: the row shows no clocks rather than failing the list
    }
  }

  private static String next(String s, int[] pos, char sep) {
    int end = s.indexOf(sep, pos[0]);
    if (end < 0) {
      throw new IllegalArgumentException("truncated");
    }
    String part = s.substring(pos[0], end);
    pos[0] = end + 1;
    return part;
  }

  private static String millis(Instant i) {
    return i == null ? "" : Long.toString(i.toEpochMilli());
  }

  private static Instant instant(String s) {
    return s.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(s));
  }
}
