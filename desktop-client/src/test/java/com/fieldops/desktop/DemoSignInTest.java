package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoUsers;
import org.junit.jupiter.api.Test;

/** The console fills in the demo dispatcher by itself (it does not ship the demo generator). */
class DemoSignInTest {
  @Test
  void theConsolesDemoSignInIsTheDemoServersDispatcher() {
    assertThat(ConsoleOptions.DEMO_USER).isEqualTo(DemoUsers.DISPATCHER);
    assertThat(ConsoleOptions.DEMO_PASSWORD).isEqualTo(DemoUsers.PASSWORD);
  }
}
