package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server jar with its SLA tick stuck inside a write transaction, deaf to interrupts (the
 * test-only hook {@code fieldops.test.stallSlaTickSeconds} reproduces the endless calendar loop of
 * issue #11): /health turns 503 and names the stuck task and the writer, /metrics says the same,
 * and SIGTERM still ends the process within 10 seconds.
 */
class StuckTaskProcessTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @TempDir
  Path dir;

  @Test
  void aStuckTaskMakesHealthUnhealthyAndSigtermStillStopsTheServer() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String jar = System.getProperty("fieldops.server.jar");
    assertThat(jar).as("system property fieldops.server.jar (set by the sync-server pom)").isNotNull();
    Path log = dir.resolve("serve.log");
    ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar,
        "serve", "--db", dir.resolve("fieldops.db").toString(), "--port", String.valueOf(port), "--host",
        "127.0.0.1")).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("FIELDOPS_TEST_STALL_SLA_TICK_SECONDS", "600");
    pb.environment().put("FIELDOPS_HEALTH_STUCK_AFTER_SECONDS", "2");
    pb.environment().put("FIELDOPS_ARGON2_MEMORY_KIB", "1024");
    pb.environment().put("FIELDOPS_ARGON2_ITERATIONS", "1");
    Process p = pb.start();
    try {
      HttpResponse<String> health = null;
      long deadline = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < deadline) {
        health = get(port, "/health");
        if (health != null && health.statusCode() == 503) {
          break;
        }
        Thread.sleep(200);
      }
      assertThat(health).as(Files.readString(log)).isNotNull();
      assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
      assertThat(health.body()).contains("\"status\":\"STUCK\"").contains("sla-scheduler")
          .contains("database-writer");
      HttpResponse<String> metrics = get(port, "/metrics");
      assertThat(metrics.body()).contains("fieldops_task_stuck{task=\"sla-scheduler\"} 1.0");

      long start = System.nanoTime();
      p.destroy(); // SIGTERM
      boolean ended = p.waitFor(10, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(ended).as("ends within 10 s of SIGTERM; log:%n%s", Files.readString(log)).isTrue();
      assertThat(Files.readString(log)).contains("shutdown.timeout");
      System.out.println("SIGTERM to exit with a stuck task: " + millis + " ms");
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private HttpResponse<String> get(int port, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      return null;
    }
  }
}
