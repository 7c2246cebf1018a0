package com.fieldops.replica.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import okhttp3.Interceptor;

/**
 * What the sync engine needs of the replica's configuration.
 *
 * @param serverUrl null = offline only: the engine never connects
 */
public record SyncSettings(
    String serverUrl,
    Locale locale,
    Clock clock,
    Duration pollInterval,
    Duration minBackoff,
    Duration maxBackoff,
    Duration requestTimeout,
    int pushBatchSize,
    List<Interceptor> interceptors) {}
