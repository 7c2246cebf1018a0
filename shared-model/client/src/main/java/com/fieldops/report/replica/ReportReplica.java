package com.fieldops.report.replica;

import static com.fieldops.replica.store.ViewReads.children;

import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.sync.ServerDownload;
import com.fieldops.replica.sync.SyncEngine;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.WorkOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Service reports and the customers' ratings in the replica. The report itself is rendered and sealed
 * by the server; what the replica can show before that is what the customer will read on it. The
 * sealed PDF is fetched from the server on demand ({@link #downloadPdf}), never synced.
 */
public final class ReportReplica {
  /** Entity type names of the records this feature reads (for change listeners). */
  public static final String SERVICE_REPORT = EntityNames.of(ServiceReport.class);
  public static final String FEEDBACK = EntityNames.of(Feedback.class);

  /** The server's sealed PDF of a job's report; the office of the job's region and its technician may fetch it. */
  static final String PDF_PATH = "/api/v1/reports/%s/pdf";

  private final LocalStore store;
  private final SyncEngine engine;

  public ReportReplica(LocalStore store, SyncEngine engine) {
    this.store = store;
    this.engine = engine;
  }

  /** The notes of a work order that go on its service report (visible to the customer), oldest first. */
  public List<Note> customerNotes(UUID workOrderId) {
    if (workOrderId == null) {
      return List.of();
    }
    return store.query(c -> {
      List<Note> notes = children(c, EntityTypes.NOTE, "workOrderId", workOrderId, Note.class, new HashSet<>());
      return notes.stream().filter(Note::visibleToCustomer)
          .sorted(Comparator.comparing(Note::createdAt).thenComparing(Note::id)).toList();
    });
  }

  /** The service reports of a job, oldest first (today one per job; the list leaves room for reissues). */
  public List<ServiceReport> reports(UUID workOrderId) {
    if (workOrderId == null) {
      return List.of();
    }
    return store.query(c -> children(c, SERVICE_REPORT, "workOrderId", workOrderId, ServiceReport.class,
        new HashSet<>()).stream().sorted(Comparator.comparing(ServiceReport::createdAt)).toList());
  }

  /** The customer's rating of the job, if they rated it (the newest, should there ever be more). */
  public Optional<Feedback> rating(UUID workOrderId) {
    if (workOrderId == null) {
      return Optional.empty();
    }
    return store.query(c -> children(c, FEEDBACK, "workOrderId", workOrderId, Feedback.class, new HashSet<>())
        .stream().max(Comparator.comparing(Feedback::submittedAt)));
  }

  /** The ratings of one customer's jobs, newest first. */
  public List<RatedVisit> ratingsOfCustomer(UUID customerId) {
    if (customerId == null) {
      return List.of();
    }
    return ratings(null).stream().filter(r -> customerId.equals(r.customerId())).toList();
  }

  /** The ratings submitted at or after {@code since} (null: all), newest first. */
  public List<RatedVisit> ratingsSince(Instant since) {
    return ratings(since);
  }

  /** The ratings of the jobs {@code technicianId} did, newest first, at most {@code limit}. */
  public List<RatedVisit> ratingsOfTechnician(UUID technicianId, int limit) {
    if (technicianId == null) {
      return List.of();
    }
    return ratings(null).stream().filter(r -> technicianId.equals(r.technicianId())).limit(limit).toList();
  }

  private List<RatedVisit> ratings(Instant since) {
    return store.query(c -> {
      List<RatedVisit> out = new ArrayList<>();
      for (Feedback f : all(c)) {
        if (since != null && f.submittedAt().isBefore(since)) {
          continue;
        }
        Optional<WorkOrder> wo = ViewReads.doc(c, EntityTypes.WORK_ORDER, f.workOrderId(), WorkOrder.class);
        out.add(new RatedVisit(f, wo.map(WorkOrder::label).orElse(""), wo.map(WorkOrder::customerId).orElse(null),
            wo.map(WorkOrder::assigneeId).orElse(null)));
      }
      out.sort(Comparator.comparing((RatedVisit r) -> r.feedback().submittedAt()).reversed()
          .thenComparing(r -> r.feedback().id()));
      return out;
    });
  }

  private static List<Feedback> all(Connection c) throws SQLException {
    List<Feedback> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
      ps.setString(1, FEEDBACK);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Feedback f = ViewReads.readOrNull(rs.getString(1), Feedback.class);
          if (f != null && f.submittedAt() != null && f.workOrderId() != null) {
            out.add(f);
          }
        }
      }
    }
    return out;
  }

  /**
   * Fetches the sealed PDF of the job's report from the server into {@code target}, with this replica's
   * session. Blocking (a network call): run it off the UI thread. The file is written only when complete;
   * a job outside the caller's scope, or a report not sealed yet, comes back {@code Refused} (404).
   */
  public ServerDownload downloadPdf(UUID workOrderId, Path target) {
    return engine.download(String.format(PDF_PATH, workOrderId), Map.of(), target);
  }
}
