package com.fieldops.replica.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * An entity as a JSON document.
 *
 * @param version the server's version this document is based on (0 = made locally, not yet on the server)
 * @param pending true if a local pending mutation shaped it
 */
public record EntityDoc(String type, UUID id, long version, JsonNode data, boolean pending) {
  public DocKey key() {
    return new DocKey(type, id);
  }
}
