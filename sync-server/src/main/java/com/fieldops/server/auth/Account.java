package com.fieldops.server.auth;

import com.fieldops.identity.model.Role;
import java.util.UUID;

/** A user who can sign in, as the server stores it (with the password hash, never the password). */
public record Account(UUID id, String username, String displayName, Role role, String region, UUID technicianId,
    String passwordHash, boolean disabled) {
  @Override
  public String toString() {
    return "Account[" + username + ", " + role + "]"; // never the hash
  }
}
