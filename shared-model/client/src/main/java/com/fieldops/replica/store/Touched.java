package com.fieldops.replica.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which entities an operation on the store changed (to tell the listeners, and to know whose SLA
 * clocks to recompute).
 */
public final class Touched {
  private final Set<String> types = new HashSet<>();
  private final Set<UUID> ids = new HashSet<>();
  private final Set<DocKey> keys = new HashSet<>();
  private final Set<UUID> workOrdersOfHistory = new HashSet<>();

  public void add(String type, UUID id) {
    types.add(type);
    ids.add(id);
    keys.add(new DocKey(type, id));
  }

  public void add(DocKey key) {
    add(key.type(), key.id());
  }

  /** Adds an entity with its new document (null when removed), noting the work order a history event belongs to. */
  public void add(String type, UUID id, JsonNode data) {
    add(type, id);
    JsonNode wo = data == null || !"WorkOrderEvent".equals(type) ? null : data.get("workOrderId");
    if (wo != null && wo.isTextual()) {
      try {
        workOrdersOfHistory.add(UUID.fromString(wo.asText()));
      } catch (IllegalArgumentException ignored) {
        // not an id: nothing to recompute for it
      }
    }
  }

  public Set<String> types() {
    return Set.copyOf(types);
  }

  public Set<UUID> ids() {
    return Set.copyOf(ids);
  }

  Set<DocKey> keys() {
    return keys;
  }

  /** Work orders whose history events this operation wrote. */
  Set<UUID> workOrdersOfHistory() {
    return workOrdersOfHistory;
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }
}
