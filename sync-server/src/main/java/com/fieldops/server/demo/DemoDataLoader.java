package com.fieldops.server.demo;

import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoUsers;
import com.fieldops.identity.model.User;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.server.auth.Account;
import com.fieldops.server.auth.Accounts;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.WorkOrderNumbers;
import com.fieldops.server.sync.ChangeListener;
import com.fieldops.server.sync.EntityImporter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
      continueNumbering(c, set);
      return null;
    });
    LOG.info("demo data loaded: {}", set.counts());
    return true;
  }

  /** The demo's work orders come numbered: new ones must continue after them, never reuse one. */
  private static void continueNumbering(Connection c, DemoDataSet set) throws SQLException {
    Map<Integer, Long> lastPerYear = new TreeMap<>();
    for (WorkOrder wo : set.workOrders()) {
      if (wo.number() != null) {
        String[] parts = wo.number().split("-"); // WO-YYYY-NNNNNN
        lastPerYear.merge(Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Math::max);
      }
    }
    WorkOrderNumbers numbers = new WorkOrderNumbers();
    for (Map.Entry<Integer, Long> e : lastPerYear.entrySet()) {
      numbers.continueAfter(c, e.getKey(), e.getValue());
    }
  }
}
