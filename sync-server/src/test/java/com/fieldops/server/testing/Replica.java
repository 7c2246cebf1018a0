package com.fieldops.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a client holds after applying pulled changes in order: type/id → latest data. */
public final class Replica {
  public final Map<String, JsonNode> entities = new TreeMap<>();
  public long cursor;
  public int changesSeen;

  void apply(List<Change> changes) {
    for (Change c : changes) {
      changesSeen++;
      String key = c.entityType() + "/" + c.entityId();
      if (c.op() == ChangeOp.REMOVE) {
        entities.remove(key);
      } else {
        entities.put(key, c.data());
      }
    }
  }

  public Set<UUID> ids(String type) {
    return entities.keySet().stream().filter(k -> k.startsWith(type + "/"))
        .map(k -> UUID.fromString(k.substring(type.length() + 1))).collect(Collectors.toSet());
  }

  public JsonNode get(String type, UUID id) {
    return entities.get(type + "/" + id);
  }

  public boolean has(String type, UUID id) {
    return entities.containsKey(type + "/" + id);
  }
}
