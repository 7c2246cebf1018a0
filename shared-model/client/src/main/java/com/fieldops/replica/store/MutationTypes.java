package com.fieldops.replica.store;

import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.protocol.registry.MutationRegistry;

/** Which entity type a mutation's {@code entityId} names, to record the base version it was made on. */
public final class MutationTypes {
  private MutationTypes() {}

  /** As registered with the mutation type ({@link MutationRegistry}); null if the type is unknown. */
  public static String entityTypeOf(String mutationType) {
    return MutationRegistry.byName(mutationType).map(MutationType::entityType).orElse(null);
  }
}
