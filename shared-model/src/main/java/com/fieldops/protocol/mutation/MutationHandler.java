package com.fieldops.protocol.mutation;

/** The pure function of one mutation type. */
@FunctionalInterface
public interface MutationHandler<P> {
  Outcome apply(P payload, MutationContext context);
}
