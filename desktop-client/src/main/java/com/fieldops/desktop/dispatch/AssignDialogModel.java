package com.fieldops.desktop.dispatch;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The keyboard alternative to dragging: choose a technician, a date, a start time and a length.
 * Each field has its own message; {@link #toRequest()} is empty while any field is wrong.
 */
public final class AssignDialogModel {
  private final Messages msg;
  private final WorkOrderRow job;
  private final ZoneId zone;
  private final List<TechnicianLane> technicians;

  private final ObjectProperty<TechnicianLane> technician = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
  private final StringProperty start = new SimpleStringProperty("");
  private final StringProperty hours = new SimpleStringProperty("");
  private final StringProperty technicianError = new SimpleStringProperty("");
  private final StringProperty startError = new SimpleStringProperty("");
  private final StringProperty hoursError = new SimpleStringProperty("");

  public AssignDialogModel(Messages msg, WorkOrderRow job, List<TechnicianLane> technicians, LocalDate day,
      LocalTime suggestedStart, ZoneId zone) {
    this.msg = msg;
    this.job = job;
    this.zone = zone;
    this.technicians = List.copyOf(technicians);
    date.set(day);
    start.set(suggestedStart.toString());
    Duration length = com.fieldops.workorder.model.WorkOrder.plannedLength(job.scheduledStart(), job.scheduledEnd());
    hours.set(formatHours(length));
    if (job.assigneeId() != null) {
      technicians.stream().filter(t -> t.technicianId().equals(job.assigneeId())).findFirst().ifPresent(technician::set);
    }
  }

  private static String formatHours(Duration d) {
    double h = d.toMinutes() / 60.0;
    return h == Math.rint(h) ? Long.toString((long) h) : Double.toString(h);
  }

  public Optional<AssignmentRequest> toRequest() {
    technicianError.set(technician.get() == null ? msg.text("dispatch.assign.technician.required") : "");
    LocalTime t = null;
    try {
      t = LocalTime.parse(start.get().trim());
      startError.set("");
    } catch (DateTimeParseException | NullPointerException e) {
      startError.set(msg.text("dispatch.assign.start.invalid"));
    }
    Duration length = null;
    try {
      double h = Double.parseDouble(hours.get().trim().replace(',', '.'));
      if (h >= 0.25 && h <= 24) {
        length = Duration.ofMinutes(Math.round(h * 60));
      }
    } catch (NumberFormatException | NullPointerException e) {
      length = null;
    }
    hoursError.set(length == null ? msg.text("dispatch.assign.duration.invalid") : "");
    if (technician.get() == null || t == null || length == null || date.get() == null) {
      return Optional.empty();
    }
    TechnicianLane lane = technician.get();
    var startAt = date.get().atTime(t).atZone(zone).toInstant();
    return Optional.of(new AssignmentRequest(job.id(), job.label(), lane.technicianId(), lane.name(),
        startAt, startAt.plus(length)));
  }

  public WorkOrderRow job() {
    return job;
  }

  public List<TechnicianLane> technicians() {
    return technicians;
  }

  public ObjectProperty<TechnicianLane> technicianProperty() {
    return technician;
  }

  public ObjectProperty<LocalDate> dateProperty() {
    return date;
  }

  public StringProperty startProperty() {
    return start;
  }

  public StringProperty hoursProperty() {
    return hours;
  }

  public StringProperty technicianErrorProperty() {
    return technicianError;
  }

  public StringProperty startErrorProperty() {
    return startError;
  }

  public StringProperty hoursErrorProperty() {
    return hoursError;
  }
}
