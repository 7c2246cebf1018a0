package com.fieldops.server.sla;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads model records from the server's entity table (JSON documents) for the SLA side. */
final class StoredRecords {
  private final EntityStore store;

  StoredRecords(EntityStore store) {
    this.store = store;
  }

  EntityStore store() {
    return store;
  }

  <T> Optional<Versioned<T>> find(Connection c, String typeName, Class<T> type, UUID id, boolean lock)
      throws SQLException {
    if (id == null) {
      return Optional.empty();
    }
    Optional<StoredEntity> e = store.find(c, typeName, id, lock);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Versioned<>(parse(e.get().data(), type), e.get().version()));
  }

  <T> Optional<T> value(Connection c, String typeName, Class<T> type, UUID id) throws SQLException {
    return find(c, typeName, type, id, false).map(Versioned::value);
  }

  /** A work order's history events (not its notes, time or parts), in no particular order. */
  List<WorkOrderEvent> events(Connection c, UUID workOrderId) throws SQLException {
    List<String> rows = Jdbc.query(c, "SELECT data FROM entity WHERE work_order_id = ? AND entity_type = ?",
        rs -> rs.getString(1), workOrderId, "WorkOrderEvent");
    List<WorkOrderEvent> out = new ArrayList<>(rows.size());
    for (String json : rows) {
      out.add(parse(json, WorkOrderEvent.class));
    }
    return out;
  }

  static <T> T parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }

  /** A record with the entity version it was read at. */
  record Versioned<T>(T value, long version) {}
}
