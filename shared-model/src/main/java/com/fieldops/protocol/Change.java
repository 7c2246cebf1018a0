package com.fieldops.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * One entry of the server's change log as a client sees it.
 *
 * @param seq        position in the global, gap-free, commit-ordered log
 * @param entityType e.g. {@code WorkOrder}, {@code Customer}
 * @param version    entity version after this change
 * @param data       the full entity for UPSERT, null for REMOVE
 */
public record Change(long seq, String entityType, UUID entityId, long version, ChangeOp op, JsonNode data) {}
