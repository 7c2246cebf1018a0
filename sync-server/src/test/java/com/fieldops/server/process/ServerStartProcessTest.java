package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when 'serve' cannot start: one line saying what to fix and an exit code, no stack trace. */
class ServerStartProcessTest {
  @TempDir
  Path dir;

  @Test
  void anUnreachableDatabaseOrATakenPortIsSaidInOneLine() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort(); // nothing listens there once closed
    }
    ServerJar.Run noDatabase = ServerJar.run(dir, Map.of(), "serve", "--port", "0", "--db",
        "jdbc:postgresql://127.0.0.1:" + closedPort + "/fieldops");

    assertThat(noDatabase.exit()).as(noDatabase.log()).isEqualTo(3);
    assertThat(noDatabase.log()).contains("cannot use the database").contains("Connection refused")
        .doesNotContain("\tat ").doesNotContain("Exception in thread");

    try (ServerSocket taken = new ServerSocket(0)) {
      ServerJar.Run portTaken = ServerJar.run(dir, Map.of(), "serve", "--port",
          String.valueOf(taken.getLocalPort()), "--db", dir.resolve("fieldops.db").toString());

      assertThat(portTaken.exit()).as(portTaken.log()).isEqualTo(4);
      assertThat(portTaken.log()).contains("cannot listen on the configured host and port")
          .doesNotContain("\tat com.fieldops");
    }
  }
}
