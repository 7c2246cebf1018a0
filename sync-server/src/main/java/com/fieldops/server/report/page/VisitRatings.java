package com.fieldops.server.report.page;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.report.model.Feedback;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangeRow;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.storage.StorageException;
import com.fieldops.workorder.model.WorkOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's rating of a visit, stored as a {@link Feedback} record that reaches the job's region
 * office and its technician by sync. One per report: its id is derived from the report's, so a second
 * rating finds the first (and the database's key would refuse it anyway).
 */
final class VisitRatings {
  private final EntityStore entities;

  VisitRatings(EntityStore entities) {
    this.entities = entities;
  }

  static UUID feedbackIdFor(UUID reportId) {
    return UUID.nameUUIDFromBytes(("feedback:" + reportId).getBytes(StandardCharsets.UTF_8));
  }

  Optional<Feedback> of(Connection c, UUID reportId, boolean forUpdate) throws SQLException {
    return entities.find(c, "Feedback", feedbackIdFor(reportId), forUpdate).map(e -> read(e.data(), Feedback.class));
  }

  /** Stores the rating and appends it to the change log; returns the change's sequence. */
  long store(Connection c, Feedback feedback, WorkOrder job, long nowMillis) throws SQLException {
    String json = Json.write(feedback);
    entities.upsertAll(c, List.of(new StoredEntity(EntityNames.of(feedback), feedback.id(), 1, json,
        EntityColumns.of(feedback))), nowMillis);
    return new ChangeLog().append(c, List.of(new ChangeRow("Feedback", feedback.id(), 1, ChangeOp.UPSERT, json,
        Audience.of(job.region(), job.assigneeId()), null)), nowMillis);
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
