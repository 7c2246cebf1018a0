package com.fieldops.replica.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Computes the indexed columns of a document when it is written to the local view. */
@FunctionalInterface
public interface DocIndexer {
  /** The next SLA due instant of a work order (null if none or not a work order). */
  Instant slaDue(String type, JsonNode data);

  /** Reads a {@code slaDue} field when the server sends one. */
  DocIndexer FROM_DOCUMENT = (type, data) -> {
    JsonNode due = data == null ? null : data.get("slaDue");
    return due == null || !due.isTextual() ? null : Instant.parse(due.asText());
  };
}
