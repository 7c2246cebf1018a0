package com.fieldops.identity.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an admin sets for a user who lost theirs; the user's sessions end. */
public record PasswordReset(
    @NotNull(message = "{useradmin.password.size}")
    @Size(min = MIN, max = MAX, message = "{useradmin.password.size}") String password) {
  /** Long enough to resist guessing under the sign-in throttle; a pass phrase fits. */
  public static final int MIN = 10;
  public static final int MAX = 200;

  @Override
  public String toString() {
    return "PasswordReset[****]";
  }
}
