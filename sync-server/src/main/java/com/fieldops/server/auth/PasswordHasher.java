package com.fieldops.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id (memory-hard) password hashes in the PHC string format, salt included. The cost is
 * configurable so tests can run cheap; the default follows OWASP's minimum (19 MiB, 2 passes).
 */
public final class PasswordHasher {
  private final Argon2Function argon2;

  public PasswordHasher(int memoryKib, int iterations) {
    this.argon2 = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
  }

  public static PasswordHasher standard() {
    return new PasswordHasher(19_456, 2);
  }

  /** Cheap parameters for tests and demo data loading in tests only. */
  public static PasswordHasher fastForTests() {
    return new PasswordHasher(1024, 1);
  }

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
  }

  /** Verifies against a stored PHC string; the parameters come from the hash itself. */
  public boolean matches(String password, String storedHash) {
    if (storedHash == null || password == null) {
      return false;
    }
    try {
      return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    } catch (RuntimeException badHash) {
      return false;
    }
  }
}
