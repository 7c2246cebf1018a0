package com.fieldops.server.storage;

import java.util.List;

/** One page of a scoped pull and the cursor to continue from. */
public record ChangePage(List<LoggedChange> changes, long cursor, boolean hasMore) {}
