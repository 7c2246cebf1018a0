package com.fieldops.client.dispatch;

import com.fieldops.client.text.Messages;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.workorder.workflow.AssignmentCheck;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shared rule ({@link AssignmentCheck}: overlap, missing skill, absence, off duty) for a
 * timeline lane, in the dispatcher's words. Warnings, not rules: the dispatcher may assign anyway.
 */
public final class AssignmentWarnings {
  private final Messages msg;

  public AssignmentWarnings(Messages msg) {
    this.msg = msg;
  }

  public List<String> warnings(AssignmentRequest req, TechnicianLane lane, String requiredSkill) {
    return warnings(req, lane, requiredSkill, null);
  }

  /** With the job's required level in the skill (1-5, null = any): "has HVAC 2, job needs 3". */
  public List<String> warnings(AssignmentRequest req, TechnicianLane lane, String requiredSkill,
      Integer requiredLevel) {
    List<AssignmentCheck.ScheduledJob> jobs = new ArrayList<>();
    for (WorkOrderRow job : lane.jobs()) {
      jobs.add(new AssignmentCheck.ScheduledJob(job.id(), job.label(), job.scheduledStart(), job.scheduledEnd()));
    }
    AssignmentCheck.Availability availability = new AssignmentCheck.Availability(new HashSet<>(lane.skills()),
        lane.zone(), lane.weeklyHours(), lane.absences(), lane.skillLevels());
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale());
    List<String> out = new ArrayList<>();
    for (AssignmentCheck.Warning w : AssignmentCheck.check(req.workOrderId(), req.start(), req.end(), requiredSkill,
        requiredLevel, availability, jobs)) {
      if (w instanceof AssignmentCheck.Overlap o) {
        out.add(msg.text("dispatch.warn.overlap", o.job().label(),
            time.format(o.job().start().atZone(lane.zone())) + "–" + time.format(o.job().end().atZone(lane.zone()))));
      } else if (w instanceof AssignmentCheck.MissingSkill m) {
        out.add(msg.text("dispatch.warn.skill", lane.name(), m.skill()));
      } else if (w instanceof AssignmentCheck.SkillLevelTooLow low) {
        out.add(msg.text("dispatch.warn.skillLevel", lane.name(), low.skill(), low.has(), low.needs()));
      } else if (w instanceof AssignmentCheck.Absent a) {
        out.add(msg.text("dispatch.warn.absent", lane.name(), msg.text("absence." + a.absence().kind().name())));
      } else if (w instanceof AssignmentCheck.OffDuty off) {
        List<WorkingHours> hours = off.hours();
        String shown = hours.isEmpty() ? msg.text("common.none")
            : hours.stream().map(h -> time.format(h.start()) + "–" + time.format(h.end())).collect(Collectors.joining(", "));
        out.add(msg.text("dispatch.warn.offDuty", lane.name(), shown));
      }
    }
    return out;
  }
}
