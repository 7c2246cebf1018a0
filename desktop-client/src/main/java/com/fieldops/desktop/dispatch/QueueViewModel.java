package com.fieldops.desktop.dispatch;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The dispatch queue: open work orders from the replica, sorted by SLA urgency, narrowed by
 * scope, priority, region, type, required skill, status and a text search. Filtering happens in
 * memory on pre-lowered text, so it is fast at 50k jobs; loading runs off the UI thread.
 */
public final class QueueViewModel {
  private final ConsoleContext ctx;
  private final Function<List<WorkOrderRow>, List<QueueItem>> toItems;

  private final ObservableList<QueueItem> all = FXCollections.observableArrayList();
  private final FilteredList<QueueItem> filtered = new FilteredList<>(all);

  private final ObjectProperty<QueueScope> scope = new SimpleObjectProperty<>(QueueScope.UNASSIGNED_OR_AT_RISK);
  private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
  private final ObjectProperty<WorkOrderType> type = new SimpleObjectProperty<>();
  private final ObjectProperty<WorkOrderStatus> status = new SimpleObjectProperty<>();
  private final StringProperty region = new SimpleStringProperty();
  private final StringProperty skill = new SimpleStringProperty();
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<QueueItem> selected = new SimpleObjectProperty<>();
  private final ObjectProperty<Instant> now;
  private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
  private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
  private final ObservableList<String> regions = FXCollections.observableArrayList();
  private final ObservableList<String> skills = FXCollections.observableArrayList();
  private Instant nextColourChange;
  private long lastFilterNanos;

  public QueueViewModel(ConsoleContext ctx, ObjectProperty<Instant> now,
      Function<List<WorkOrderRow>, List<QueueItem>> toItems) {
    this.ctx = ctx;
    this.now = now;
    this.toItems = toItems;
    ChangeListener<Object> refilter = (o, a, b) -> applyFilter();
    scope.addListener(refilter);
    priority.addListener(refilter);
    type.addListener(refilter);
    status.addListener(refilter);
    region.addListener(refilter);
    skill.addListener(refilter);
    search.addListener(refilter);
    applyFilter();
  }

  private static Comparator<QueueItem> urgency() {
    return Comparator.comparing(QueueItem::urgencyKey, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.row().priority(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> i.row().label(), Comparator.nullsLast(Comparator.naturalOrder()));
  }

  /**
   * Replaces the jobs (UI thread). Sorted here once: the urgency order does not change with time
   * (a breached clock has the earliest due instant), so a filter never has to re-sort 50k rows.
   * Keeps the selection if the job is still there.
   */
  public void setRows(List<QueueItem> items) {
    UUID keep = selected.get() == null ? null : selected.get().row().id();
    List<QueueItem> ordered = new ArrayList<>(items);
    ordered.sort(urgency());
    all.setAll(ordered);
    total.set(items.size());
    TreeSet<String> r = new TreeSet<>();
    TreeSet<String> s = new TreeSet<>();
    for (QueueItem i : items) {
      if (i.region() != null && !i.region().isBlank()) {
        r.add(i.region());
      }
      s.addAll(i.requiredSkills());
    }
    regions.setAll(r);
    skills.setAll(s);
    nextColourChange = computeNextChange(now.get());
    applyFilter();
    if (keep != null) {
      selected.set(find(keep));
    }
  }

  /** Loads the open work orders off the UI thread. */
  public void load(List<WorkOrderRow> rows) {
    setRows(toItems.apply(rows));
  }

  public Function<List<WorkOrderRow>, List<QueueItem>> itemMaker() {
    return toItems;
  }

  /** Called each second: re-filters only when some badge changed colour since the last tick. */
  public void tick() {
    Instant t = now.get();
    if (nextColourChange != null && !t.isBefore(nextColourChange)) {
      nextColourChange = computeNextChange(t);
      if (scope.get() == QueueScope.UNASSIGNED_OR_AT_RISK) {
        applyFilter();
      }
    }
  }

  private Instant computeNextChange(Instant t) {
    Instant next = null;
    for (QueueItem i : all) {
      Instant n = i.nextChangeAfter(t);
      if (n != null && (next == null || n.isBefore(next))) {
        next = n;
      }
    }
    return next;
  }

  public QueueItem find(UUID id) {
    for (QueueItem i : all) {
      if (i.row().id().equals(id)) {
        return i;
      }
    }
    return null;
  }

  private void applyFilter() {
    long start = System.nanoTime();
    filtered.setPredicate(predicate());
    shown.set(filtered.size());
    lastFilterNanos = System.nanoTime() - start;
  }

  /** How long the last filter took (the benchmark reads it). */
  public long lastFilterNanos() {
    return lastFilterNanos;
  }

  Predicate<QueueItem> predicate() {
    QueueScope sc = scope.get();
    Priority p = priority.get();
    WorkOrderType t = type.get();
    WorkOrderStatus st = status.get();
    String rg = region.get();
    String sk = skill.get();
    String[] words = search.get() == null || search.get().isBlank() ? new String[0]
        : search.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
    Instant at = now.get();
    return item -> {
      WorkOrderRow r = item.row();
      if (p != null && r.priority() != p) {
        return false;
      }
      if (t != null && r.type() != t) {
        return false;
      }
      if (st != null && r.status() != st) {
        return false;
      }
      if (rg != null && !rg.isBlank() && !rg.equals(item.region())) {
        return false;
      }
      if (sk != null && !sk.isBlank() && !item.requiredSkills().contains(sk)) {
        return false;
      }
      for (String w : words) {
        if (!item.haystack().contains(w)) {
          return false;
        }
      }
      return switch (sc) {
        case ALL_OPEN -> true;
        case UNASSIGNED -> item.unassigned();
        case UNASSIGNED_OR_AT_RISK -> item.unassigned() || item.atRiskAt(at);
      };
    };
  }

  public void clearFilters() {
    priority.set(null);
    type.set(null);
    status.set(null);
    region.set(null);
    skill.set(null);
    search.set("");
  }

  /** Filtered and sorted, for the list view. */
  public ObservableList<QueueItem> items() {
    return filtered;
  }

  public List<QueueItem> allItems() {
    return new ArrayList<>(all);
  }

  public ObjectProperty<QueueScope> scopeProperty() {
    return scope;
  }

  public ObjectProperty<Priority> priorityProperty() {
    return priority;
  }

  public ObjectProperty<WorkOrderType> typeProperty() {
    return type;
  }

  public ObjectProperty<WorkOrderStatus> statusProperty() {
    return status;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public StringProperty skillProperty() {
    return skill;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<QueueItem> selectedProperty() {
    return selected;
  }

  public ObjectProperty<Instant> nowProperty() {
    return now;
  }

  public ReadOnlyIntegerProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  public ObservableList<String> regions() {
    return regions;
  }

  public ObservableList<String> skills() {
    return skills;
  }

  public String countText() {
    return ctx.messages().text("dispatch.queue.count", shown.get(), total.get());
  }

  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
