package com.fieldops.server.storage;

import java.util.UUID;

/** Which change-log rows a caller may pull; decided by the server from the signed-in user. */
public sealed interface PullScope {
  /** Admins: every entity's own change (never another audience's directed rows). */
  record Everything() implements PullScope {}

  /** Dispatchers and supervisors: their region's rows and rows for everyone. */
  record Region(String region) implements PullScope {}

  /** Technicians: rows for them and rows for everyone. */
  record Technician(UUID technicianId) implements PullScope {}

  /** No rows at all (e.g. a technician account not linked to a technician record). */
  record Nothing() implements PullScope {}
}
