package com.fieldops.server.sync;

import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import java.time.Clock;
import java.util.List;

/**
 * Writes whole entity records through the same storage path as a push (entity rows, versions,
 * audiences, change log), in one transaction: for the demo data set and for seeding tests and
 * benchmarks. Records are written in the given order; write referenced records first.
 */
public final class EntityImporter {
  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;

  public EntityImporter(Database db, Clock clock, ChangeListener listener) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
  }

  public long importAll(List<?> entities) {
    return importAll(entities, c -> null);
  }

  /** Imports, and runs {@code alsoInTransaction} in the same transaction (e.g. to add user accounts). */
  public long importAll(List<?> entities, com.fieldops.server.storage.SqlWork<?> alsoInTransaction) {
    long now = clock.millis();
    long last = db.write(c -> {
      alsoInTransaction.run(c);
      ApplyingTransaction tx = new ApplyingTransaction(c, new EntityStore(db.dialect()));
      Audiences audiences = new Audiences(now);
      for (Object e : entities) {
        Object previous = tx.write(e);
        audiences.onWrite(tx, e, previous, null);
      }
      tx.flush(now);
      return new ChangeLog().append(c, tx.changes(), now);
    });
    if (last > 0) {
      listener.committed(last);
    }
    return last;
  }
}
