package com.fieldops.protocol;

import java.util.List;

/**
 * A page of changes after the caller's cursor.
 *
 * @param cursor  pass this back as {@code after} on the next pull; a position the server assigns
 * @param hasMore true if another page is waiting right away
 */
public record PullResponse(List<Change> changes, long cursor, boolean hasMore) {}
