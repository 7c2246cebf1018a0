package com.fieldops.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the log says instead of a typed user name: 8 hex digits of a keyed hash. Repeated attempts
 * on one name show the same reference while the server runs (greppable), but the log never holds
 * what was typed, which is sometimes a password typed into the wrong field. The key is random per
 * process and never written anywhere, so a reference cannot be turned back into the text.
 */
final class UserRefs {
  private final byte[] key = new byte[32];

  UserRefs() {
    new SecureRandom().nextBytes(key);
  }

  String of(String typed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(typed.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
