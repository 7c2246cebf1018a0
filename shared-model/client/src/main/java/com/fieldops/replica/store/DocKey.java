package com.fieldops.replica.store;

import java.util.UUID;

/** An entity's identity in the replica: its change-log type name and id. */
public record DocKey(String type, UUID id) {}
