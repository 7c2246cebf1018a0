package com.fieldops.server.demo;

import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoUsers;
import com.fieldops.model.user.User;
import com.fieldops.server.auth.Account;
import com.fieldops.server.auth.Accounts;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.ChangeListener;
import com.fieldops.server.sync.EntityImporter;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo data set into an empty database through the normal storage path (entity rows,
 * audiences, change log), with the demo users and their hashed demo password, in one transaction.
 */
public final class DemoDataLoader {
  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  private final Database db;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final ChangeListener listener;

  public DemoDataLoader(Database db, PasswordHasher hasher, Clock clock) {
    this(db, hasher, clock, last -> { });
  }

  public DemoDataLoader(Database db, PasswordHasher hasher, Clock clock, ChangeListener listener) {
    this.db = db;
    this.hasher = hasher;
    this.clock = clock;
    this.listener = listener;
  }

  /** True if the database was empty and the default demo set is now in it. */
  public boolean loadIfEmpty() {
    return loadIfEmpty(DemoDataGenerator.defaultSet(clock));
  }

  public boolean loadIfEmpty(DemoDataSet set) {
    boolean empty = db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity") == 0
        && Jdbc.queryLong(c, "SELECT COUNT(*) FROM app_user") == 0);
    if (!empty) {
      return false;
    }
    // One hash for every demo user: they share the published demo password anyway (demo only).
    String hash = hasher.hash(DemoUsers.PASSWORD);
    List<Object> records = set.all().filter(r -> !(r instanceof User)).toList();
    Accounts accounts = new Accounts();
    new EntityImporter(db, clock, listener).importAll(records, c -> {
      for (User u : set.users()) {
        accounts.insert(c, new Account(u.id(), u.username(), u.displayName(), u.role(), u.region(), u.technicianId(),
            hash, !u.active()), clock.millis());
      }
      return null;
    });
    LOG.info("demo data loaded: {}", set.counts());
    return true;
  }
}
