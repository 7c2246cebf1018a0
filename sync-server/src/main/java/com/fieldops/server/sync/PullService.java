package com.fieldops.server.sync;

import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangePage;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.PullScope;

/** Pages of the change log within a caller's scope, each read in one consistent snapshot. */
public final class PullService {
  /** The answer to a pull whose cursor is after the end of the log. */
  public static final String CURSOR_AHEAD = "CURSOR_AHEAD";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PullService.class);
  public static final int DEFAULT_PAGE = 500;
  public static final int MAX_PAGE = 5000;

  private final Database db;
  private final ChangeLog changeLog = new ChangeLog();

  public PullService(Database db) {
    this.db = db;
  }

  /**
   * The page after {@code after}; a cursor past the end of the log (the server was restored from a
   * backup older than what the device had) is refused with 409 CURSOR_AHEAD rather than answered
   * "nothing more", which would leave the device waiting for ever: the device re-bootstraps
   * (docs/decisions/0011).
   */
  public ChangePage pull(PullScope scope, long after, int limit) {
    ChangePage page = db.snapshot(c -> after > changeLog.lastSeq(c) ? null : changeLog.page(c, scope, after, limit));
    if (page == null) {
      LOG.warn("event=cursor_ahead after={} last={}", after, lastSeq());
      throw DomainException.of(DomainException.Kind.CONFLICT, CURSOR_AHEAD, "api.error.cursorAhead", "after", String.valueOf(after));
    }
    return page;
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
