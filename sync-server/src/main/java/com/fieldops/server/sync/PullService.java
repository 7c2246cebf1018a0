package com.fieldops.server.sync;

import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangePage;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.PullScope;

/** Pages of the change log within a caller's scope, each read in one consistent snapshot. */
public final class PullService {
  public static final int DEFAULT_PAGE = 500;
  public static final int MAX_PAGE = 5000;

  private final Database db;
  private final ChangeLog changeLog = new ChangeLog();

  public PullService(Database db) {
    this.db = db;
  }

  public ChangePage pull(PullScope scope, long after, int limit) {
    return db.snapshot(c -> changeLog.page(c, scope, after, limit));
  }

  /** Whether anything in {@code scope} is waiting after {@code after} (for the live poke). */
  public boolean hasChanges(PullScope scope, long after) {
    // a full page of one superseded row still means rows are waiting after it
    return db.read(c -> {
      ChangePage page = changeLog.page(c, scope, after, 1);
      return page.hasMore() || !page.changes().isEmpty();
    });
  }

  public long lastSeq() {
    return db.read(changeLog::lastSeq);
  }
}
