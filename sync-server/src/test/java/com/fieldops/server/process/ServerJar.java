package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command of the real server jar (built by 'mvn package') in its own JVM, as an operator would. */
final class ServerJar {
  /** How a command ended: its exit code and everything it printed. */
  record Run(int exit, String log) {}

  private ServerJar() {}

  static Run run(Path dir, Map<String, String> env, String... args) throws Exception {
    String jar = System.getProperty("fieldops.server.jar");
    assertThat(jar).as("system property fieldops.server.jar (set by the sync-server pom)").isNotNull();
    assertThat(Path.of(jar)).as("the shaded jar: run this test with 'mvn verify', after package").exists();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-jar", jar));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(dir, "cli", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("FIELDOPS_ARGON2_MEMORY_KIB", "1024");
    pb.environment().put("FIELDOPS_ARGON2_ITERATIONS", "1");
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
    return new Run(p.exitValue(), Files.readString(log));
  }
}
