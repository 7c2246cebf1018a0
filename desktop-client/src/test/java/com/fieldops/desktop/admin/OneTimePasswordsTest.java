package com.fieldops.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.validation.Validators;
import com.fieldops.identity.admin.PasswordReset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The passwords the console hands over: accepted by the shared rule, easy to read out, never the same. */
class OneTimePasswordsTest {

  @Test
  void aOneTimePasswordPassesTheServersRuleHasNoLookAlikesAndDoesNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      String p = OneTimePasswords.next();
      assertThat(Validators.validate(new PasswordReset(p), Locale.ENGLISH)).isEmpty();
      assertThat(p).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").doesNotContain("0", "1", "o", "l", "i");
      assertThat(seen.add(p)).as("repeated: " + p).isTrue();
    }
  }
}
