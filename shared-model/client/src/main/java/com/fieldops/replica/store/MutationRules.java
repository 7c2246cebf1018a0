package com.fieldops.replica.store;

import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.replica.store.ReplicaUser;
import java.util.List;

/**
 * The port through which the replica applies a mutation to the local view. The implementation
 * delegates to the same pure functions the server applies ({@code com.fieldops.protocol.mutation}),
 * so the rules exist once.
 */
public interface MutationRules {

  Outcome apply(MutationEnvelope mutation, DocReader current, ReplicaUser actor);

  sealed interface Outcome {}

  /** The documents to write. */
  record Effect(List<DocWrite> writes) implements Outcome {}

  /** The mutation cannot apply to the current state; {@code message} is readable. */
  record Refusal(String code, String field, String message) implements Outcome {}
}
