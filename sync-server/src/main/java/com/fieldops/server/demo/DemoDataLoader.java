package com.fieldops.server.demo;

import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.storage.Database;
import java.time.Clock;

/** Loads the demo data set into an empty database through the normal storage path. */
public final class DemoDataLoader {
  private final Database db;
  private final PasswordHasher hasher;
  private final Clock clock;

  public DemoDataLoader(Database db, PasswordHasher hasher, Clock clock) {
    this.db = db;
    this.hasher = hasher;
    this.clock = clock;
  }

  /** True if the database was empty and the demo set is now in it. */
  public boolean loadIfEmpty() {
    throw new UnsupportedOperationException("demo data generator not available yet");
  }
}
