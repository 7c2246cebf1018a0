package com.fieldops.costs.replica;

import com.fieldops.replica.sync.ServerDownload;
import com.fieldops.replica.sync.SyncEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Costs on the device. A job's costs: {@code workOrders().costs(id)}. The billing export is made by the
 * server (it holds every completed job of the region, a device may not) and saved here to a file.
 */
public final class CostsReplica {
  /** The server's export of completed jobs with their costs (CSV, UTF-8 with BOM for Excel). */
  public static final String COMPLETED_JOBS_CSV = "/api/v1/exports/completed-jobs.csv";

  private final SyncEngine engine;

  public CostsReplica(SyncEngine engine) {
    this.engine = engine;
  }

  /**
   * Saves the jobs completed from {@code from} to {@code to} (both included, the day at each site), with
   * their costs, as CSV at {@code file}; a dispatcher gets their region. Blocking (a network call): run it
   * off the UI thread. Nothing is written unless the whole file arrived.
   */
  public ServerDownload exportCompletedJobs(LocalDate from, LocalDate to, Path file) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("from", from == null ? "" : from.toString());
    query.put("to", to == null ? "" : to.toString());
    return engine.download(COMPLETED_JOBS_CSV, query, file);
  }
}
