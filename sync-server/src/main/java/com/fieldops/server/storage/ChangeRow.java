package com.fieldops.server.storage;

import com.fieldops.protocol.ChangeOp;
import java.util.UUID;

/** A change-log entry about to be appended (it gets its seq at append time). */
public record ChangeRow(String entityType, UUID entityId, long version, ChangeOp op, String data,
    Audience audience, UUID mutationId) {}
