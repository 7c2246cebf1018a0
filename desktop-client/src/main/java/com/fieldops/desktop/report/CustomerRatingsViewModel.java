package com.fieldops.desktop.report;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.report.replica.RatedVisit;
import com.fieldops.report.replica.ReportReplica;
import com.fieldops.report.satisfaction.Satisfaction;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer's ratings in the 360° view: average, how many and how many low (the shared satisfaction
 * rule), and the latest ratings with their comments, low ones marked.
 */
public final class CustomerRatingsViewModel {
  /** How many of the latest ratings are listed. */
  public static final int LATEST = 8;

  /** One rating as listed: the text, and whether it is low (drawn as a warning). */
  public record RatingLine(String text, boolean low) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final LiveRefresh live;
  private final StringProperty summary = new SimpleStringProperty("");
  private final ObservableList<RatingLine> latest = FXCollections.observableArrayList();
  private UUID customerId;
  private long generation;

  public CustomerRatingsViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(ReportReplica.FEEDBACK), () -> {
      if (customerId != null) {
        load(customerId);
      }
    });
  }

  public void close() {
    live.close();
  }

  /** Reads the customer's ratings off the UI thread. */
  public void load(UUID id) {
    customerId = id;
    long gen = ++generation;
    ctx.tasks().run("load customer ratings", () -> replica.reports().ratingsOfCustomer(id), rated -> {
      if (gen == generation) {
        show(rated);
      }
    }, e -> { });
  }

  void show(List<RatedVisit> rated) {
    Satisfaction s = Satisfaction.of(rated.stream().map(RatedVisit::feedback).toList());
    summary.set(s.rated() ? msg.text("customer.ratings.summary", s.average(), s.count(), s.low())
        : msg.text("customer.ratings.none"));
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale())
        .withZone(ctx.clock().getZone());
    latest.setAll(rated.stream().limit(LATEST).map(r -> {
      String comment = r.feedback().comment() == null || r.feedback().comment().isBlank()
          ? msg.text("report.rating.noComment") : r.feedback().comment().strip();
      String text = msg.text("customer.ratings.line", Stars.of(r.feedback().rating()), r.workOrderLabel(),
          date.format(r.feedback().submittedAt()), comment);
      return new RatingLine(r.feedback().needsFollowUp() ? msg.text("customer.ratings.lowMark", text) : text,
          r.feedback().needsFollowUp());
    }).toList());
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public ObservableList<RatingLine> latest() {
    return latest;
  }

  public Messages messages() {
    return msg;
  }
}
