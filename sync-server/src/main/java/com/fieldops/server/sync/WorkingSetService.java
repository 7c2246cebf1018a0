package com.fieldops.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangePage;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.LoggedChange;
import com.fieldops.server.storage.PullScope;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A technician's working set (docs/decisions/0031): the current documents of the jobs Today and the
 * Job screen show (open ones, and finished ones scheduled around today) and of exactly what
 * {@link Audiences} copies to a technician when such a job is assigned to them (customer, site,
 * contact, machine and its history, the job's own records), plus their own technician record and
 * the SLA policies everyone pulls. Nothing here is outside what their pull would bring: the rules
 * are the assignment's. Read in one snapshot; the cursor is the log position of that snapshot.
 */
public final class WorkingSetService {
  private static final Logger LOG = LoggerFactory.getLogger(WorkingSetService.class);
  /**
   * A finished job stays in the set while its window ends after now minus this: Today shows the
   * day's finished jobs too, and "today" in any time zone starts at most this long ago.
   */
  static final Duration FINISHED_SHOWN_FOR = Duration.ofHours(38);
  /** The records every device pulls that Today's SLA badges read. */
  private static final List<String> SLA_TYPES = List.of("SlaPolicy", "DefaultSlaPolicy");

  private final Database db;
  private final Clock clock;
  private final EntityStore store;
  private final ChangeLog changeLog = new ChangeLog();

  public WorkingSetService(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.store = new EntityStore(db.dialect());
  }

  /**
   * The working set of the caller's scope: a technician's, or empty for everyone else (office
   * users pull their region as before; an empty answer lets one client engine ask every user).
   */
  public ChangePage workingSet(PullScope scope) {
    long start = System.nanoTime();
    ChangePage page = db.snapshot(c -> {
      long last = changeLog.lastSeq(c);
      if (!(scope instanceof PullScope.Technician t)) {
        return new ChangePage(List.of(), last, false);
      }
      return new ChangePage(collect(c, t.technicianId(), clock.instant()), last, false);
    });
    LOG.info("event=working_set scope={} changes={} cursor={} ms={}", scope.getClass().getSimpleName(),
        page.changes().size(), page.cursor(), (System.nanoTime() - start) / 1_000_000);
    return page;
  }

  private List<LoggedChange> collect(Connection c, UUID technicianId, Instant now) throws SQLException {
    Map<String, StoredEntity> set = new LinkedHashMap<>();
    store.find(c, "Technician", technicianId, false).ifPresent(e -> add(set, e));
    for (String type : SLA_TYPES) {
      store.all(c, type).forEach(e -> add(set, e));
    }
    Instant shownSince = now.minus(FINISHED_SHOWN_FOR);
    for (StoredEntity job : store.workOrdersHeldBy(c, technicianId)) {
      JsonNode doc = read(job.data());
      if (!shown(doc, shownSince)) {
        continue;
      }
      add(set, job);
      // what Audiences.enterTechnician copies to the technician a job is assigned to
      addById(c, set, "Customer", doc.path("customerId"));
      addById(c, set, "Site", doc.path("siteId"));
      addById(c, set, "Contact", doc.path("contactId"));
      JsonNode equipment = doc.path("equipmentId");
      if (addById(c, set, "Equipment", equipment)) {
        store.findByReference(c, "EquipmentEvent", "equipmentId", equipment.asText()).forEach(e -> add(set, e));
      }
      store.childrenOf(c, job.id()).forEach(e -> add(set, e));
    }
    List<LoggedChange> out = new ArrayList<>(set.size());
    for (StoredEntity e : set.values()) {
      // no seq of its own: these are documents, not log rows (the cursor says where the log was)
      out.add(new LoggedChange(0, e.type(), e.id(), e.version(), ChangeOp.UPSERT, e.data()));
    }
    return out;
  }

  /** Open jobs, and finished ones whose window may fall on the technician's today. */
  static boolean shown(JsonNode job, Instant shownSince) {
    String status = job.path("status").asText(null);
    if (!WorkOrderStatus.isFinished(status)) {
      return true;
    }
    Instant end = instant(job.path("scheduledEnd"));
    Instant at = end != null ? end : instant(job.path("scheduledStart"));
    return at != null && !at.isBefore(shownSince);
  }

  private static Instant instant(JsonNode node) {
    try {
      return node.isTextual() ? Instant.parse(node.asText()) : null;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private boolean addById(Connection c, Map<String, StoredEntity> set, String type, JsonNode id) throws SQLException {
    if (!id.isTextual()) {
      return false;
    }
    var found = store.find(c, type, UUID.fromString(id.asText()), false);
    found.ifPresent(e -> add(set, e));
    return found.isPresent();
  }

  private static void add(Map<String, StoredEntity> set, StoredEntity e) {
    set.putIfAbsent(e.type() + ':' + e.id(), e);
  }

  static JsonNode read(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
