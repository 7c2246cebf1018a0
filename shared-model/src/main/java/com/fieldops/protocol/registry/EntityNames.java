package com.fieldops.protocol.registry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Entity type names as they appear in the change log ({@code Change.entityType}), and the record
 * each name reads into, as registered in {@link MutationRegistry}. Subtypes of a sealed parent (a
 * {@code WorkOrderEvent.StatusChanged}) carry the parent's name.
 */
public final class EntityNames {
  private EntityNames() {}

  /** The change-log name of a record's type. */
  public static String of(Object entity) {
    return of(entity.getClass());
  }

  public static String of(Class<?> type) {
    for (Map.Entry<String, Class<?>> e : MutationRegistry.entities().entrySet()) {
      if (e.getValue().isAssignableFrom(type)) {
        return e.getKey();
      }
    }
    return type.getSimpleName();
  }

  public static Optional<Class<?>> recordType(String name) {
    return Optional.ofNullable(MutationRegistry.entities().get(name));
  }

  /** Every change-log entity name, in registration order. */
  public static Set<String> all() {
    return MutationRegistry.entities().keySet();
  }

  /** History records: appended once (version 1) and never edited. */
  public static boolean isHistory(String name) {
    return MutationRegistry.history().contains(name);
  }

  /** The entity's id: every entity record has {@code UUID id} first. */
  public static UUID idOf(Object entity) {
    try {
      return (UUID) entity.getClass().getMethod("id").invoke(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("not an entity record: " + entity.getClass(), e);
    }
  }
}
