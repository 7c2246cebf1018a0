package com.fieldops.report.replica;

import static com.fieldops.replica.store.ViewReads.children;

import com.fieldops.workorder.model.Note;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Service reports in the replica. The report itself is rendered and sealed by the server; what the
 * replica can show before that is what the customer will read on it.
 */
public final class ReportReplica {
  private final LocalStore store;

  public ReportReplica(LocalStore store) {
    this.store = store;
  }

  /** The notes of a work order that go on its service report (visible to the customer), oldest first. */
  public List<Note> customerNotes(UUID workOrderId) {
    if (workOrderId == null) {
      return List.of();
    }
    return store.query(c -> {
      List<Note> notes = children(c, EntityTypes.NOTE, "workOrderId", workOrderId, Note.class, new HashSet<>());
      return notes.stream().filter(Note::visibleToCustomer)
          .sorted(Comparator.comparing(Note::createdAt).thenComparing(Note::id)).toList();
    });
  }
}
