package com.fieldops.desktop.workorder;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.WorkOrderRow;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finished work orders (completed, closed, cancelled) whose number, problem, customer or site
 * contains the work-order list's search text: the list of open jobs cannot answer the call about
 * last week's visit. Looked up in the local replica off the UI thread; only the answer to the
 * latest text is shown.
 */
public final class FinishedJobsSearch {
  private static final Logger LOG = LoggerFactory.getLogger(FinishedJobsSearch.class);
  /** Fewer characters than this match too much to be worth a look-up. */
  static final int MIN_CHARS = 3;
  static final int LIMIT = 50;

  private final ConsoleContext ctx;
  private final Replica replica;
  private final ObservableList<WorkOrderRow> rows = FXCollections.observableArrayList();
  private long asked;

  public FinishedJobsSearch(ConsoleContext ctx, Replica replica, StringProperty search) {
    this.ctx = ctx;
    this.replica = replica;
    search.addListener((o, before, text) -> find(text));
  }

  /** The finished jobs matching the current text, newest first. */
  public ObservableList<WorkOrderRow> rows() {
    return rows;
  }

  void find(String text) {
    long question = ++asked;
    String needle = text == null ? "" : text.strip();
    if (needle.length() < MIN_CHARS) {
      rows.clear();
      return;
    }
    ctx.tasks().run("find finished work orders", () -> finished(replica.workOrders().findWorkOrders(needle, LIMIT)), found -> {
      if (question == asked) {
        rows.setAll(found);
      }
    }, e -> LOG.warn("finding finished work orders failed search={}", needle, e));
  }

  private static List<WorkOrderRow> finished(List<WorkOrderRow> found) {
    return found.stream().filter(r -> !r.status().isOpen()).toList();
  }
}
