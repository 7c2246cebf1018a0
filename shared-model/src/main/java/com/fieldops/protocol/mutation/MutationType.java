package com.fieldops.protocol.mutation;

/**
 * A registered mutation: its wire name, payload record, the change-log type of the entity its
 * envelope's {@code entityId} names (the replica records the base version of that entity), and its
 * pure function.
 */
public record MutationType<P>(String name, Class<P> payloadType, String entityType, MutationHandler<P> handler) {
  public Outcome apply(Object payload, MutationContext context) {
    return handler.apply(payloadType.cast(payload), context);
  }
}
