package com.fieldops.server.storage;

import java.util.UUID;

/** An entity row: its JSON document, version and indexed columns. */
public record StoredEntity(String type, UUID id, long version, String data, EntityColumns columns) {}
