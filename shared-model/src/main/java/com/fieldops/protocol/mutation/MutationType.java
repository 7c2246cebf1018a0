package com.fieldops.protocol.mutation;

/** A registered mutation: its wire name, payload record and pure function. */
public record MutationType<P>(String name, Class<P> payloadType, MutationHandler<P> handler) {
  public Outcome apply(Object payload, MutationContext context) {
    return handler.apply(payloadType.cast(payload), context);
  }
}
