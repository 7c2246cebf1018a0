package com.fieldops.server.testing;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;

/** A fingerprint of everything a request could change by mistake: entities, log, applied mutations, users. */
public final class StoredData {
  private StoredData() {}

  public static String fingerprint(Database db) {
    return db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity") + "/"
        + Jdbc.queryLong(c, "SELECT COALESCE(SUM(version), 0) FROM entity") + "/"
        + Jdbc.queryLong(c, "SELECT last_seq FROM change_counter") + "/"
        + Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log") + "/"
        + Jdbc.queryLong(c, "SELECT COUNT(*) FROM applied_mutation") + "/"
        + Jdbc.queryLong(c, "SELECT COUNT(*) FROM app_user"));
  }
}
