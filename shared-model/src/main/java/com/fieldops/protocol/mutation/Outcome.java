package com.fieldops.protocol.mutation;

import java.util.List;

/** What applying a mutation comes to: entities to write, or a rejection. Never null. */
public sealed interface Outcome permits Outcome.Applied, Outcome.Rejected {

  /**
   * @param writes    the new state of every entity written, in order (model records: the work
   *                  order, its new history events, notes...); the caller stores and versions them
   * @param lostEdits field edits that lost to earlier edits (EditWorkOrder only)
   */
  record Applied(List<Object> writes, List<LostEdit> lostEdits) implements Outcome {
    public Applied {
      writes = List.copyOf(writes);
      lostEdits = List.copyOf(lostEdits);
    }

    public static Applied of(Object... writes) {
      return new Applied(List.of(writes), List.of());
    }
  }

  record Rejected(Rejection rejection) implements Outcome {}

  public static Outcome reject(String code, String messageKey, String field, String... args) {
    return new Rejected(Rejection.of(code, messageKey, field, args));
  }
}
