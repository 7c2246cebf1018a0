package com.fieldops.mobile.today;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.task.LiveRefresh;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.today.OfficeChanges;
import com.fieldops.client.visit.FieldSteps;
import com.fieldops.customer.model.Address;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.replica.Replica;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today: the technician's jobs of a day in route order (their scheduled order), open unscheduled ones
 * after them, each with its SLA countdowns and next step; a day offset for tomorrow and later; a
 * search over recent jobs; a mark on jobs the office gave or changed. Refreshes itself when the
 * replica changes (a pull the live stream asked for, or the technician's own action).
 */
public final class TodayViewModel implements AutoCloseable {
  private final PhoneSession session;
  private final Replica replica;
  private final TaskRunner tasks;
  private final Clock clock;
  private final OfficeChanges officeChanges = new OfficeChanges();
  private final IntegerProperty dayOffset = new SimpleIntegerProperty(0);
  private final StringProperty search = new SimpleStringProperty("");
  private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
  private final ObservableList<JobCard> jobs = FXCollections.observableArrayList();
  private final ObservableList<JobCard> found = FXCollections.observableArrayList();
  private final LiveRefresh live;
  private int loads;
  private volatile int lastLoadedOffset;

  public TodayViewModel(PhoneSession session, TaskRunner tasks, Clock clock) {
    this.session = session;
    this.replica = session.replica();
    this.tasks = tasks;
    this.clock = clock;
    dayOffset.addListener((o, a, b) -> refresh());
    search.addListener((o, a, b) -> searchNow());
    live = new LiveRefresh(replica, tasks, Set.of(), () -> {
      refresh();
      searchNow();
    });
  }

  public IntegerProperty dayOffsetProperty() {
    return dayOffset;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ReadOnlyObjectProperty<LocalDate> dayProperty() {
    return day.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
    return zone.getReadOnlyProperty();
  }

  public ObservableList<JobCard> jobs() {
    return jobs;
  }

  public ObservableList<JobCard> found() {
    return found;
  }

  /** How many times the list was loaded (tests wait for the next load). */
  public int loads() {
    return loads;
  }

  /** Which read of the day is the newest (reads run off the UI thread and may finish out of order). */
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  public Clock clock() {
    return clock;
  }

  /** The technician opened a job: its "new / changed" mark goes. */
  public void opened(UUID id) {
    officeChanges.acknowledge(id);
    jobs.replaceAll(c -> c.id().equals(id) ? withChanged(c, false) : c);
  }

  public void refresh() {
    int offset = dayOffset.get();
    long gen = generation.incrementAndGet();
    tasks.run("load today", () -> load(offset), cards -> {
      // only the newest read counts: an older one finishing late would show the day before the change
      if (gen == generation.get() && offset == dayOffset.get() && !jobs.equals(cards)) {
        jobs.setAll(cards); // only a real change redraws: a card under the thumb stays put
      }
      loads++;
    }, e -> loads++);
  }

  private List<JobCard> load(int offset) {
    Optional<UUID> tech = technicianId();
    if (tech.isEmpty()) {
      return List.of();
    }
    ZoneId techZone = Optional.ofNullable(replica.identity().technicianDay(tech.get(), LocalDate.now(clock)).zone())
        .orElse(ZoneId.systemDefault());
    LocalDate d = LocalDate.now(clock.withZone(techZone)).plusDays(offset);
    TechnicianDay td = replica.identity().technicianDay(tech.get(), d);
    tasks.onUi(() -> {
      day.set(d);
      zone.set(techZone);
    });
    List<WorkOrderRow> rows = new ArrayList<>(td.scheduled());
    if (offset == 0) {
      rows.addAll(td.unscheduled());
    }
    // nothing is "new" in the phone's first copy, nor on a day just turned to. The first copy ends
    // with the first sync, or earlier with the working set (decision 0031): from then on Today holds
    // the technician's jobs, and a job the office gives while the rest of the scope arrives is new
    com.fieldops.replica.SyncStatus status = replica.syncStatus();
    boolean firstCopy = status.lastSuccessfulSync() == null
        && (status.scopeArriving() == null || status.scopeArriving() < 0);
    boolean baseline = firstCopy || offset != lastLoadedOffset;
    lastLoadedOffset = offset;
    Set<UUID> marked = officeChanges.update(rows, baseline);
    Set<UUID> refused = replica.syncStatus().rejected().stream().map(RejectedMutation::entityId).collect(Collectors.toSet());
    List<JobCard> out = new ArrayList<>();
    for (WorkOrderRow r : rows) {
      out.add(card(r, marked.contains(r.id()), refused.contains(r.id())));
    }
    return out;
  }

  private Optional<UUID> technicianId() {
    return Optional.ofNullable(session.technicianId()).or(() -> replica.identity().user().map(u -> u.technicianId()));
  }

  private JobCard card(WorkOrderRow r, boolean changed, boolean refused) {
    Optional<WorkOrderDetail> detail = replica.workOrders().workOrder(r.id());
    String address = detail.map(WorkOrderDetail::site).map(s -> format(s.address(), s.name())).orElse(
        join(r.siteName(), r.siteCity()));
    WorkOrderRow withSla = detail.map(WorkOrderDetail::row).orElse(r);
    return new JobCard(r.id(), r.label(), r.scheduledStart(), r.scheduledEnd(), r.siteZone(), r.customerName(), address,
        r.priority(), r.status(), r.summary(), CountdownSource.fromSummary(withSla.sla()),
        detail.flatMap(d -> FieldSteps.next(technicianId().orElse(null), d.workOrder())), changed, r.pending(), refused);
  }

  private void searchNow() {
    String text = search.get() == null ? "" : search.get().strip();
    if (text.length() < 2) {
      found.clear();
      return;
    }
    tasks.run("search jobs", () -> replica.workOrders().findWorkOrders(text, 30).stream()
        .map(r -> card(r, false, false)).toList(), list -> {
          if (text.equals(search.get() == null ? "" : search.get().strip())) {
            found.setAll(list);
          }
        }, e -> { });
  }

  private static String format(Address a, String siteName) {
    if (a == null) {
      return siteName;
    }
    return join(siteName, join(a.street(), ((a.postalCode() == null ? "" : a.postalCode() + " ") + (a.city() == null ? "" : a.city())).strip()));
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null ? "" : b;
    }
    return b == null || b.isBlank() ? a : a + ", " + b;
  }

  private static JobCard withChanged(JobCard c, boolean changed) {
    return new JobCard(c.id(), c.label(), c.start(), c.end(), c.siteZone(), c.customer(), c.address(), c.priority(),
        c.status(), c.summary(), c.countdowns(), c.next(), changed, c.pending(), c.refused());
  }

  @Override
  public void close() {
    live.close();
  }
}
