package com.fieldops.replica.store;

import com.fieldops.protocol.MutationEnvelope;

/** An outbox row. {@code action} is the readable description of what the user did. */
public record StoredMutation(long seq, MutationEnvelope envelope, OutboxState state, String action,
    String code, String reason, String field, int attempts) {}
