package com.fieldops.replica.store;

import com.fieldops.protocol.registry.MutationRegistry;

/** Which entity type a mutation's {@code entityId} names, to record the base version it was made on. */
public final class MutationTypes {
  private MutationTypes() {}

  /**
   * Work-order mutations name the work order; {@code UpsertX} and {@code CreateX} name an X; null if
   * the type is unknown.
   */
  public static String entityTypeOf(String mutationType) {
    if (mutationType == null || MutationRegistry.byName(mutationType).isEmpty()) {
      return null;
    }
    for (String verb : new String[] {"Upsert", "Create", "Edit", "Update"}) {
      if (mutationType.startsWith(verb) && mutationType.length() > verb.length()) {
        return mutationType.substring(verb.length());
      }
    }
    return EntityTypes.WORK_ORDER; // assign, reassign, status, notes, time: all about a work order
  }
}
