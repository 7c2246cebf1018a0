package com.fieldops.desktop.kpi;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.report.replica.RatedVisit;
import com.fieldops.report.replica.ReportReplica;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Reads the ratings of the KPI window off the UI thread into {@link SatisfactionKpiModel}, again when one arrives. */
public final class SatisfactionKpiLoader implements AutoCloseable {
  private final ConsoleContext ctx;
  private final Replica replica;
  private final SatisfactionKpiModel model;
  private final Supplier<Instant> now;
  private final LiveRefresh live;

  public SatisfactionKpiLoader(ConsoleContext ctx, Replica replica, SatisfactionKpiModel model, Supplier<Instant> now) {
    this.ctx = ctx;
    this.replica = replica;
    this.model = model;
    this.now = now;
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(ReportReplica.FEEDBACK), this::reload);
  }

  private record Loaded(List<RatedVisit> rated, Map<UUID, String> names) {}

  /** Call on the UI thread. */
  public void reload() {
    Instant at = now.get();
    Instant since = at.minus(Duration.ofDays(KpiViewModel.WINDOW_DAYS));
    ctx.tasks().run("load ratings for KPIs", () -> {
      Map<UUID, String> names = new HashMap<>();
      for (TechnicianRow t : replica.identity().technicians()) {
        names.put(t.id(), t.technician().name());
      }
      return new Loaded(replica.reports().ratingsSince(since), names);
    }, l -> model.update(l.rated(), l.names(), at), e -> { }); // logged by the task runner; the tile keeps its dash
  }

  @Override
  public void close() {
    live.close();
  }
}
