package com.fieldops.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Settings from defaults, then a properties file ({@code port=8080}, {@code database=...},
 * {@code database.user}, {@code database.password}, {@code token.lifetime=P14D},
 * {@code token.renewal.grace=PT2M}, {@code max.body.bytes}, {@code notify.poll.millis}, {@code scope.finished.window=P30D},
 * {@code argon2.memory.kib}, {@code argon2.iterations}, {@code log.format=text|json},
 * {@code signin.hashing.concurrency}, {@code signin.hashing.queue}, {@code signin.hashing.wait=PT3S},
 * {@code trusted.proxies=10.0.0.5,10.0.0.6}, and those of {@link Operations}: {@code db.pool},
 * {@code db.connect.timeout.millis}, {@code push.writers}, {@code sla.enabled}, {@code sla.tick.millis},
 * {@code outbox.poll.millis}, {@code health.stuck.after.seconds}, {@code shutdown.seconds},
 * {@code db.sqlite.cache.mb}, {@code db.sqlite.mmap.mb}), those of
 * {@link PlanSettings} ({@code plans.enabled}, {@code plans.horizon.days}, {@code plans.tick.seconds}), then
 * environment variables named after the keys
 * ({@code FIELDOPS_PORT}, {@code FIELDOPS_DATABASE}, {@code FIELDOPS_DATABASE_PASSWORD}...).
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  public static ServerSettings load(Path file, Map<String, String> environment) {
    Properties p = new Properties();
    if (file != null) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    for (String key : new String[] {"host", "port", "database", "database.user", "database.password",
        "token.lifetime", "token.renewal.grace", "max.body.bytes", "notify.poll.millis", "argon2.memory.kib",
        "argon2.iterations", "log.format", "scope.finished.window", "signin.hashing.concurrency", "signin.hashing.queue",
        "signin.hashing.wait", "trusted.proxies", "db.pool", "db.connect.timeout.millis", "push.writers",
        "sla.enabled", "sla.tick.millis", "outbox.poll.millis", "health.stuck.after.seconds", "shutdown.seconds",
        "test.stall.sla.tick.seconds", "smtp.host", "smtp.port", "smtp.user", "smtp.password", "smtp.starttls",
        "smtp.from", "notify.first.retry", "notify.max.retry", "notify.max.attempts",
        "plans.enabled", "plans.horizon.days", "plans.tick.seconds", "db.sqlite.cache.mb", "db.sqlite.mmap.mb"}) {
      String env = environment.get("FIELDOPS_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
      if (env != null && !env.isBlank()) {
        p.setProperty(key, env);
      }
    }
    ServerSettings d = ServerSettings.defaults();
    try {
      return new ServerSettings(
          p.getProperty("host", d.host()),
          Integer.parseInt(p.getProperty("port", String.valueOf(d.port()))),
          p.getProperty("database", d.database()),
          p.getProperty("database.user", d.databaseUser()),
          p.getProperty("database.password", d.databasePassword()),
          Duration.parse(p.getProperty("token.lifetime", d.tokenLifetime().toString())),
          Long.parseLong(p.getProperty("max.body.bytes", String.valueOf(d.maxBodyBytes()))),
          Long.parseLong(p.getProperty("notify.poll.millis", String.valueOf(d.notifyPollMillis()))),
          Integer.parseInt(p.getProperty("argon2.memory.kib", String.valueOf(d.argon2MemoryKib()))),
          Integer.parseInt(p.getProperty("argon2.iterations", String.valueOf(d.argon2Iterations()))),
          Duration.parse(p.getProperty("token.renewal.grace", d.renewalGrace().toString())),
          p.getProperty("log.format", d.logFormat()).trim().toLowerCase(Locale.ROOT),
          Duration.parse(p.getProperty("scope.finished.window", d.finishedJobsWindow().toString())),
          signInLimits(p, d.signIn()),
          operations(p, d.operations()),
          delivery(p, d.delivery()),
          plans(p, d.plans()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid setting: " + e.getMessage(), e);
    }
  }

  private static OutboxSettings delivery(Properties p, OutboxSettings d) {
    return new OutboxSettings(
        p.getProperty("smtp.host", d.smtpHost()),
        Integer.parseInt(p.getProperty("smtp.port", String.valueOf(d.smtpPort())).trim()),
        p.getProperty("smtp.user", d.smtpUser()),
        p.getProperty("smtp.password", d.smtpPassword()),
        Boolean.parseBoolean(p.getProperty("smtp.starttls", String.valueOf(d.smtpStartTls())).trim()),
        p.getProperty("smtp.from", d.mailFrom()),
        Duration.parse(p.getProperty("notify.first.retry", d.firstRetry().toString()).trim()),
        Duration.parse(p.getProperty("notify.max.retry", d.maxRetry().toString()).trim()),
        Integer.parseInt(p.getProperty("notify.max.attempts", String.valueOf(d.maxAttempts())).trim()),
        d.lease(), d.sendTimeout(), d.batchSize());
  }

  private static PlanSettings plans(Properties p, PlanSettings d) {
    return new PlanSettings(bool(p, "plans.enabled", d.enabled()),
        Integer.parseInt(p.getProperty("plans.horizon.days", String.valueOf(d.horizonDays())).trim()),
        seconds(p, "plans.tick.seconds", d.tick()));
  }

  private static Operations operations(Properties p, Operations d) {
    return new Operations(
        Integer.parseInt(p.getProperty("db.pool", String.valueOf(d.databasePool())).trim()),
        millis(p, "db.connect.timeout.millis", d.databaseConnectWait()),
        Integer.parseInt(p.getProperty("push.writers", String.valueOf(d.pushWriters())).trim()),
        bool(p, "sla.enabled", d.slaEnabled()),
        millis(p, "sla.tick.millis", d.slaTick()),
        millis(p, "outbox.poll.millis", d.outboxPoll()),
        seconds(p, "health.stuck.after.seconds", d.stuckAfter()),
        seconds(p, "shutdown.seconds", d.shutdownGrace()),
        seconds(p, "test.stall.sla.tick.seconds", d.testStallFirstSlaTick()),
        new SqliteMemory(
            Integer.parseInt(p.getProperty("db.sqlite.cache.mb", String.valueOf(d.sqlite().cacheMb())).trim()),
            Integer.parseInt(p.getProperty("db.sqlite.mmap.mb", String.valueOf(d.sqlite().mmapMb())).trim())));
  }

  private static Duration millis(Properties p, String key, Duration fallback) {
    return Duration.ofMillis(Long.parseLong(p.getProperty(key, String.valueOf(fallback.toMillis())).trim()));
  }

  private static Duration seconds(Properties p, String key, Duration fallback) {
    return Duration.ofSeconds(Long.parseLong(p.getProperty(key, String.valueOf(fallback.toSeconds())).trim()));
  }

  private static boolean bool(Properties p, String key, boolean fallback) {
    String v = p.getProperty(key, String.valueOf(fallback)).trim().toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException(key + " must be true or false, not " + v);
    }
    return v.equals("true");
  }

  private static SignInLimits signInLimits(Properties p, SignInLimits d) {
    return new SignInLimits(
        Integer.parseInt(p.getProperty("signin.hashing.concurrency", String.valueOf(d.hashingPermits())).trim()),
        Integer.parseInt(p.getProperty("signin.hashing.queue", String.valueOf(d.hashingQueue())).trim()),
        Duration.parse(p.getProperty("signin.hashing.wait", d.hashingWait().toString()).trim()),
        p.containsKey("trusted.proxies") ? java.util.Arrays.stream(p.getProperty("trusted.proxies").split(","))
            .map(String::trim).filter(a -> !a.isEmpty()).toList() : d.trustedProxies());
  }
}
