package com.fieldops.mobile.demo;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo sync server for {@code --demo}: joins one already answering on {@link #PORT} (e.g. started
 * by the console or by an earlier phone window), else starts the server jar with the demo data there
 * as a child process and stops it when the app closes.
 */
public final class DemoSyncServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSyncServer.class);
  /** The demo's fixed loopback port, so a console and phones find the same server. */
  public static final int PORT = 8787;
  static final String JAR = "sync-server-0.1.0-SNAPSHOT-all.jar";

  private final Process process;

  private DemoSyncServer(Process process) {
    this.process = process;
  }

  public String url() {
    return url(PORT);
  }

  static String url(int port) {
    return "http://127.0.0.1:" + port;
  }

  /**
   * Off the UI thread: joins the demo server on {@link #PORT} once it answers, waiting up to
   * {@code waitForOther} for one that the console is starting; after that starts its own there.
   */
  public static DemoSyncServer startOrJoin(Duration waitForOther) throws IOException, InterruptedException {
    Instant joinUntil = Instant.now().plus(waitForOther);
    do {
      if (healthy(url(PORT))) {
        LOG.info("event=demo.join url={}", url(PORT));
        return new DemoSyncServer(null);
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(joinUntil));
    Path jar = findJar().orElseThrow(() -> new IOException("sync-server/target/" + JAR + " not found; run mvn install first"));
    Path work = Files.createTempDirectory("fieldops-phone-demo-");
    Path log = work.resolve("demo-server.log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "serve", "--demo-data", "--port",
        Integer.toString(PORT), "--db", work.resolve("demo-server.db").toString()))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    DemoSyncServer server = new DemoSyncServer(p);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-server-stop"));
    LOG.info("event=demo.start url={} log={}", url(PORT), log);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!p.isAlive()) {
        throw new IOException("The demo server exited with code " + p.exitValue() + "; see " + log);
      }
      if (healthy(url(PORT))) {
        return server;
      }
      Thread.sleep(200);
    }
    server.close();
    throw new IOException("The demo server did not answer within 60 s; see " + log);
  }

  static Optional<Path> findJar() {
    for (Path base = Path.of("").toAbsolutePath(); base != null; base = base.getParent()) {
      Path candidate = base.resolve("sync-server").resolve("target").resolve(JAR);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static boolean healthy(String url) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url + "/health").toURL().openConnection();
      c.setConnectTimeout(300);
      c.setReadTimeout(1000);
      try {
        return c.getResponseCode() == 200;
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroy();
    }
  }
}
