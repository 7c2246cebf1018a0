package com.fieldops.replica.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the current local view for the mutation rules. */
public interface DocReader {
  Optional<EntityDoc> find(String type, UUID id);

  /** Documents of {@code type} whose top-level {@code field} equals {@code value} (e.g. a work order's notes). */
  List<EntityDoc> findBy(String type, String field, String value);
}
