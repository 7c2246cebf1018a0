package com.fieldops.replica;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.Interceptor;

/**
 * How to open a replica.
 *
 * @param databaseFile  the local SQLite file, one per user and device (the phone puts it in the
 *                      Gluon Attach private storage directory); created if missing
 * @param serverUrl     e.g. {@code https://fieldops.example.com}; null = offline only
 * @param deviceId      stable id of this installation; null = made once and kept in the database
 * @param locale        language of readable messages (sent to the server as Accept-Language)
 * @param pollInterval  pull period when the live event stream is not available
 * @param minBackoff    first retry delay after a failure (doubles, with jitter, up to maxBackoff)
 * @param pushBatchSize mutations per push request
 * @param interceptors  extra OkHttp application interceptors (tests inject faults here)
 */
public record ReplicaConfig(
    Path databaseFile,
    String serverUrl,
    String deviceId,
    Locale locale,
    Clock clock,
    Duration pollInterval,
    Duration minBackoff,
    Duration maxBackoff,
    Duration requestTimeout,
    int pushBatchSize,
    List<Interceptor> interceptors) {

  public ReplicaConfig {
    Objects.requireNonNull(databaseFile, "databaseFile");
    locale = locale == null ? Locale.getDefault() : locale;
    clock = clock == null ? Clock.systemUTC() : clock;
    pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
    minBackoff = minBackoff == null ? Duration.ofSeconds(1) : minBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofMinutes(2) : maxBackoff;
    requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    pushBatchSize = pushBatchSize <= 0 ? 100 : pushBatchSize;
    interceptors = interceptors == null ? List.of() : List.copyOf(interceptors);
  }

  /** Defaults for everything but the file and the server. */
  public static ReplicaConfig of(Path databaseFile, String serverUrl) {
    return new ReplicaConfig(databaseFile, serverUrl, null, null, null, null, null, null, null, 0, null);
  }

  public ReplicaConfig withDeviceId(String id) {
    return new ReplicaConfig(databaseFile, serverUrl, id, locale, clock, pollInterval, minBackoff, maxBackoff, requestTimeout, pushBatchSize, interceptors);
  }

  public ReplicaConfig withLocale(Locale l) {
    return new ReplicaConfig(databaseFile, serverUrl, deviceId, l, clock, pollInterval, minBackoff, maxBackoff, requestTimeout, pushBatchSize, interceptors);
  }

  public ReplicaConfig withClock(Clock c) {
    return new ReplicaConfig(databaseFile, serverUrl, deviceId, locale, c, pollInterval, minBackoff, maxBackoff, requestTimeout, pushBatchSize, interceptors);
  }

  public ReplicaConfig withTiming(Duration poll, Duration minBack, Duration maxBack, Duration timeout) {
    return new ReplicaConfig(databaseFile, serverUrl, deviceId, locale, clock, poll, minBack, maxBack, timeout, pushBatchSize, interceptors);
  }

  public ReplicaConfig withPushBatchSize(int n) {
    return new ReplicaConfig(databaseFile, serverUrl, deviceId, locale, clock, pollInterval, minBackoff, maxBackoff, requestTimeout, n, interceptors);
  }

  public ReplicaConfig withInterceptors(List<Interceptor> list) {
    return new ReplicaConfig(databaseFile, serverUrl, deviceId, locale, clock, pollInterval, minBackoff, maxBackoff, requestTimeout, pushBatchSize, list);
  }
}
