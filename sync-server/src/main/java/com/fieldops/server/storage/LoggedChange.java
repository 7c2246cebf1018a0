package com.fieldops.server.storage;

import com.fieldops.protocol.ChangeOp;
import java.util.UUID;

/** A change-log row as read back; {@code data} is the entity's JSON text (null for REMOVE). */
public record LoggedChange(long seq, String entityType, UUID entityId, long version, ChangeOp op, String data) {}
