package com.fieldops.desktop.kpi;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.report.replica.RatedVisit;
import com.fieldops.report.satisfaction.CustomerSatisfaction;
import com.fieldops.report.satisfaction.Satisfaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Customer satisfaction on the KPI screen: the ratings submitted in the KPI window, overall (a tile)
 * and per technician (a table: average, count, share of 1–2 stars), by the shared rule
 * {@link CustomerSatisfaction}.
 */
public final class SatisfactionKpiModel {
  /** One row of the table; {@code worrying} when a technician's share of low ratings is high. */
  public record Row(String technician, String average, String count, String lowShare, boolean worrying) {}

  /** A share of low ratings at or above this is drawn as a warning. */
  static final double WORRYING_LOW_SHARE = 0.2;

  private final Messages msg;
  private final StringProperty overall = new SimpleStringProperty("—");
  private final StringProperty caption = new SimpleStringProperty("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();

  public SatisfactionKpiModel(Messages msg) {
    this.msg = msg;
    caption.set(msg.text("kpi.satisfaction.none", KpiViewModel.WINDOW_DAYS));
  }

  /**
   * The ratings read from the replica and the technicians' names. The window ends at {@code now}, but a
   * rating stamped by the server a little after this console's clock still counts (clocks differ).
   */
  public void update(List<RatedVisit> rated, Map<UUID, String> technicianNames, Instant now) {
    Instant from = now.minus(Duration.ofDays(KpiViewModel.WINDOW_DAYS));
    Map<UUID, RatedVisit> byFeedback = new java.util.HashMap<>();
    rated.forEach(r -> byFeedback.put(r.feedback().id(), r));
    CustomerSatisfaction.Breakdown<UUID> kpi = CustomerSatisfaction.over(
        rated.stream().map(RatedVisit::feedback).toList(), f -> byFeedback.get(f.id()).technicianId(), from,
        Instant.MAX);
    Satisfaction all = kpi.overall();
    overall.set(all.rated() ? msg.text("kpi.satisfaction.value", all.average(), all.count()) : "—");
    caption.set(all.rated() ? msg.text("kpi.satisfaction.caption", KpiViewModel.WINDOW_DAYS, all.count())
        : msg.text("kpi.satisfaction.none", KpiViewModel.WINDOW_DAYS));
    List<Row> out = new ArrayList<>();
    if (all.rated()) {
      out.add(row(msg.text("kpi.satisfaction.overall"), all));
    }
    List<Row> perTech = new ArrayList<>();
    kpi.byKey().forEach((id, s) -> perTech.add(row(technicianNames.getOrDefault(id,
        msg.text("kpi.satisfaction.unknownTechnician")), s)));
    perTech.sort(Comparator.comparing(Row::technician, msg.nameOrder()));
    out.addAll(perTech);
    rows.setAll(out);
  }

  private Row row(String name, Satisfaction s) {
    return new Row(name, msg.text("kpi.satisfaction.average", s.average()), Integer.toString(s.count()),
        msg.text("kpi.percentValue", 100.0 * s.lowShare()), s.lowShare() >= WORRYING_LOW_SHARE);
  }

  public StringProperty overallProperty() {
    return overall;
  }

  public StringProperty captionProperty() {
    return caption;
  }

  public ObservableList<Row> rows() {
    return rows;
  }
}
