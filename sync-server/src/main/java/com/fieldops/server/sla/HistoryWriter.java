package com.fieldops.server.sla;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangeRow;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StoredEntity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the scheduler writes in one transaction: history events (and the work order, when an
 * escalation raises its priority) as entity rows with change-log rows for the work order's
 * audience (its region's office and its technician), so they reach clients by sync like any other
 * change. The change log is appended last, as the push path does, to keep its counter lock short.
 */
final class HistoryWriter {
  private final EntityStore store;
  private final ChangeLog changeLog = new ChangeLog();
  private final List<StoredEntity> entities = new ArrayList<>();
  private final List<ChangeRow> changes = new ArrayList<>();

  HistoryWriter(EntityStore store) {
    this.store = store;
  }

  /** A new or changed record at {@code version}, pulled by {@code audience}. */
  void write(Object entity, long version, Audience audience) {
    String type = EntityNames.of(entity);
    UUID id = EntityNames.idOf(entity);
    String json = Json.write(entity);
    entities.add(new StoredEntity(type, id, version, json, EntityColumns.of(entity)));
    changes.add(new ChangeRow(type, id, version, ChangeOp.UPSERT, json, audience, null));
  }

  /** An extra change-log row for an entity already stored (e.g. a policy copied to everyone). */
  void republish(String type, UUID id, long version, String json, Audience audience) {
    changes.add(new ChangeRow(type, id, version, ChangeOp.UPSERT, json, audience, null));
  }

  /** Hands everything collected to {@code other} (one work order's writes join the batch's). */
  void moveInto(HistoryWriter other) {
    other.entities.addAll(entities);
    other.changes.addAll(changes);
    entities.clear();
    changes.clear();
  }

  boolean isEmpty() {
    return entities.isEmpty() && changes.isEmpty();
  }

  /** Writes everything collected; returns the last change-log number, or -1 if nothing was logged. */
  long flush(Connection c, long nowMillis) throws SQLException {
    store.upsertAll(c, entities, nowMillis);
    long last = changeLog.append(c, changes, nowMillis);
    entities.clear();
    changes.clear();
    return last;
  }
}
