package com.fieldops.replica.store;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Which entities an operation on the store changed (to tell the listeners). */
public final class Touched {
  private final Set<String> types = new HashSet<>();
  private final Set<UUID> ids = new HashSet<>();

  public void add(String type, UUID id) {
    types.add(type);
    ids.add(id);
  }

  public void add(DocKey key) {
    add(key.type(), key.id());
  }

  public Set<String> types() {
    return Set.copyOf(types);
  }

  public Set<UUID> ids() {
    return Set.copyOf(ids);
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }
}
