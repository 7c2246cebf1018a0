package com.fieldops.server.storage;

import java.util.UUID;

/**
 * Who may pull one change-log row. A row that is not {@code directed} is the entity's own change:
 * admins see it, the office of {@code region} sees it, the technician {@code technicianId} sees it,
 * everyone sees it when {@code everyone}. A directed row is only for the named region or technician
 * (a REMOVE for the technician a job was taken from; a copy of a site entering a technician's scope).
 */
public record Audience(String region, UUID technicianId, boolean everyone, boolean directed) {
  public static Audience of(String region, UUID technicianId) {
    return new Audience(region, technicianId, false, false);
  }

  public static Audience forEveryone() {
    return new Audience(null, null, true, false);
  }

  public static Audience onlyTechnician(UUID technicianId) {
    return new Audience(null, technicianId, false, true);
  }

  public static Audience onlyRegion(String region) {
    return new Audience(region, null, false, true);
  }

  /** Rows only an admin sees (e.g. user records with no region). */
  public static Audience adminsOnly() {
    return new Audience(null, null, false, false);
  }
}
