package com.fieldops.replica.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** One entity a mutation's effect writes: its whole new document, or null to remove it. */
public record DocWrite(String type, UUID id, JsonNode data) {
  public DocKey key() {
    return new DocKey(type, id);
  }
}
