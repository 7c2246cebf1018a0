package com.fieldops.desktop.demo;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For {@code DesktopLauncher --demo}: runs the sync server's shaded jar with the demo data as a
 * child process on a free loopback port, waits until {@code /health} answers, and stops it when
 * the console exits. The server's output goes to a log file next to its database.
 */
public final class DemoServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);
  static final String JAR = "sync-server-0.1.0-SNAPSHOT-all.jar";

  private final Process process;
  private final int port;
  private final Path workDir;

  private DemoServer(Process process, int port, Path workDir) {
    this.process = process;
    this.port = port;
    this.workDir = workDir;
  }

  /** Where the shaded jar is: {@code -Dfieldops.serverJar}, else the reactor's sync-server/target. */
  public static Optional<Path> findJar() {
    String explicit = System.getProperty("fieldops.serverJar");
    if (explicit != null) {
      return Optional.of(Path.of(explicit)).filter(Files::isRegularFile);
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path base = cwd; base != null; base = base.getParent()) {
      Path candidate = base.resolve("sync-server").resolve("target").resolve(JAR);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Starts the server and blocks (off the UI thread) until it is healthy or {@code timeout} passes. */
  public static DemoServer start(Path jar, Path workDir, Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    int port = portFree(PHONE_DEMO_PORT) ? PHONE_DEMO_PORT : freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(),
        "serve", "--demo-data", "--port", Integer.toString(port),
        "--db", workDir.resolve("demo-server.db").toString()));
    Path log = workDir.resolve("demo-server.log");
    LOG.info("Starting demo sync server on port {} (log {})", port, log);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    DemoServer server = new DemoServer(p, port, workDir);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-server-stop"));
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!p.isAlive()) {
        throw new IOException("The demo server exited with code " + p.exitValue() + "; see " + log);
      }
      if (healthy(server.url())) {
        LOG.info("Demo sync server is up at {}", server.url());
        return server;
      }
      Thread.sleep(200);
    }
    server.close();
    throw new IOException("The demo server did not answer /health within " + timeout + "; see " + log);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public Path workDir() {
    return workDir;
  }

  static boolean healthy(String baseUrl) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + "/health").toURL().openConnection();
      c.setConnectTimeout(500);
      c.setReadTimeout(1000);
      int code = c.getResponseCode();
      c.disconnect();
      return code == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** The port the technician app's {@code --demo} looks for, so both windows share one demo server. */
  static final int PHONE_DEMO_PORT = 8787;

  private static boolean portFree(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      LOG.info("Stopping demo sync server");
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
