package com.fieldops.desktop.dispatch;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.model.technician.Absence;
import com.fieldops.model.technician.WorkingHours;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a dispatcher should hear before committing an assignment: an overlap with another job of
 * the technician, a missing required skill, a time outside working hours or during an absence.
 * These are warnings, not rules: the dispatcher may assign anyway (the server enforces the rules).
 */
public final class AssignmentCheck {
  private final Messages msg;

  public AssignmentCheck(Messages msg) {
    this.msg = msg;
  }

  public List<String> warnings(AssignmentRequest req, TechnicianLane lane, String requiredSkill) {
    List<String> out = new ArrayList<>();
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale());
    for (WorkOrderRow job : lane.jobs()) {
      if (job.id().equals(req.workOrderId()) || job.scheduledStart() == null || job.scheduledEnd() == null) {
        continue;
      }
      if (job.scheduledStart().isBefore(req.end()) && req.start().isBefore(job.scheduledEnd())) {
        out.add(msg.text("dispatch.warn.overlap", job.label(),
            time.format(job.scheduledStart().atZone(lane.zone())) + "–" + time.format(job.scheduledEnd().atZone(lane.zone()))));
      }
    }
    if (requiredSkill != null && !requiredSkill.isBlank() && !lane.skills().contains(requiredSkill)) {
      out.add(msg.text("dispatch.warn.skill", lane.name(), requiredSkill));
    }
    ZonedDateTime start = req.start().atZone(lane.zone());
    ZonedDateTime end = req.end().atZone(lane.zone());
    LocalDate day = start.toLocalDate();
    Absence absence = lane.absenceOn(day);
    if (absence != null) {
      out.add(msg.text("dispatch.warn.absent", lane.name(), msg.text("absence." + absence.kind().name())));
    } else if (!withinHours(lane.hoursOn(day), start, end)) {
      List<WorkingHours> hours = lane.hoursOn(day);
      String shown = hours.isEmpty() ? msg.text("common.none")
          : hours.stream().map(h -> time.format(h.start()) + "–" + time.format(h.end())).collect(Collectors.joining(", "));
      out.add(msg.text("dispatch.warn.offDuty", lane.name(), shown));
    }
    return out;
  }

  private static boolean withinHours(List<WorkingHours> shifts, ZonedDateTime start, ZonedDateTime end) {
    if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return false;
    }
    LocalTime s = start.toLocalTime();
    LocalTime e = end.toLocalDate().equals(start.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
    for (WorkingHours h : shifts) {
      if (!s.isBefore(h.start()) && !e.isAfter(h.end())) {
        return true;
      }
    }
    return false;
  }
}
