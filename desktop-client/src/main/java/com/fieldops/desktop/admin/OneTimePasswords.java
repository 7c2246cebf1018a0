package com.fieldops.desktop.admin;

import com.fieldops.identity.admin.PasswordReset;
import java.security.SecureRandom;

/**
 * The passwords an administrator hands over when creating a user or resetting theirs: read out or
 * typed once, so no look-alike characters (0/O, 1/l/I), in groups of four, longer than the
 * minimum the server asks for.
 */
final class OneTimePasswords {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  static final int GROUPS = 4;

  private OneTimePasswords() {}

  static String next() {
    StringBuilder b = new StringBuilder();
    for (int g = 0; g < GROUPS; g++) {
      if (g > 0) {
        b.append('-');
      }
      for (int i = 0; i < 4; i++) {
        b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    if (b.length() < PasswordReset.MIN) {
      throw new IllegalStateException("one-time password shorter than the server's minimum");
    }
    return b.toString();
  }
}
