package com.fieldops.mobile.report;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.report.replica.RatedVisit;
import com.fieldops.report.satisfaction.CustomerSatisfaction;
import com.fieldops.report.satisfaction.Satisfaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The technician's own record: how customers rated their visits. The average is the console's customer
 * satisfaction figure for them (same rule, same {@value #PERIOD_DAYS}-day period); below it, their latest
 * ratings with the comments.
 */
public final class MyRecordViewModel {
  public static final int PERIOD_DAYS = 30;
  public static final int LATEST = 20;

  /** One rating as listed. */
  public record Line(String stars, String job, String when, String comment, boolean low) {}

  private final Replica replica;
  private final UUID technicianId;
  private final TaskRunner tasks;
  private final Messages msg;
  private final Clock clock;
  private final StringProperty average = new SimpleStringProperty("");
  private final StringProperty detail = new SimpleStringProperty("");
  private final ObservableList<Line> latest = FXCollections.observableArrayList();

  public MyRecordViewModel(Replica replica, UUID technicianId, TaskRunner tasks, Messages msg, Clock clock) {
    this.replica = replica;
    this.technicianId = technicianId;
    this.tasks = tasks;
    this.msg = msg;
    this.clock = clock;
  }

  public void refresh() {
    Instant now = clock.instant();
    tasks.run("load my ratings", () -> replica.reports().ratingsOfTechnician(technicianId, Integer.MAX_VALUE),
        rated -> show(rated, now), e -> { });
  }

  void show(List<RatedVisit> rated, Instant now) {
    // a rating stamped by the server a little after this phone's clock still counts
    Satisfaction s = CustomerSatisfaction.over(rated.stream().map(RatedVisit::feedback).toList(),
        f -> technicianId, now.minus(Duration.ofDays(PERIOD_DAYS)), Instant.MAX).of(technicianId);
    average.set(s.rated() ? msg.text("record.average", s.average()) : msg.text("record.noRatings"));
    detail.set(s.rated() ? msg.text("record.detail", s.count(), PERIOD_DAYS, s.low()) : msg.text("record.period",
        PERIOD_DAYS));
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale())
        .withZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
    latest.setAll(rated.stream().limit(LATEST).map(r -> new Line(Stars.of(r.feedback().rating()), r.workOrderLabel(),
        date.format(r.feedback().submittedAt()), r.feedback().comment() == null ? "" : r.feedback().comment().strip(),
        r.feedback().needsFollowUp())).toList());
  }

  public StringProperty averageProperty() {
    return average;
  }

  public StringProperty detailProperty() {
    return detail;
  }

  public ObservableList<Line> latest() {
    return latest;
  }
}
