package com.fieldops.server.config;

import java.time.Duration;

/**
 * Everything the server is configured with. Built by {@link ConfigLoader} from defaults, an
 * optional properties file and {@code FIELDOPS_*} environment variables (in that order).
 *
 * @param database     a SQLite file path or a {@code jdbc:postgresql:} URL
 * @param maxBodyBytes larger request bodies get 413
 */
public record ServerSettings(String host, int port, String database, String databaseUser, String databasePassword,
    Duration tokenLifetime, long maxBodyBytes, long notifyPollMillis, int argon2MemoryKib, int argon2Iterations) {

  public static ServerSettings defaults() {
    return new ServerSettings("0.0.0.0", 8080, "./data/fieldops.db", null, null, Duration.ofDays(14), 4L << 20, 500,
        19_456, 2);
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations);
  }

  public ServerSettings withDatabase(String newDatabase) {
    return new ServerSettings(host, port, newDatabase, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations);
  }

  public ServerSettings withTokenLifetime(Duration lifetime) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, lifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations);
  }

  public ServerSettings withArgon2(int memoryKib, int iterations) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, memoryKib, iterations);
  }

  @Override
  public String toString() {
    return "ServerSettings[host=" + host + ", port=" + port + ", database=" + database + ", tokenLifetime="
        + tokenLifetime + ", maxBodyBytes=" + maxBodyBytes + "]"; // never the database password
  }
}
