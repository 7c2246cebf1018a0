package com.fieldops.server.http;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Health, Prometheus metrics and the OpenAPI document. */
public final class SystemController {
  private final Database db;
  private final PrometheusMeterRegistry metrics;
  private final String openApi;

  public SystemController(Database db, PrometheusMeterRegistry metrics) {
    this.db = db;
    this.metrics = metrics;
    try (InputStream in = SystemController.class.getResourceAsStream("openapi.json")) {
      this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("openapi.json missing from the jar", e);
    }
  }

  public void health(Context ctx) {
    boolean up;
    try {
      // a statement, not isValid(): a dead pooled connection then fails loudly and the pool drops it
      up = db.read(c -> Jdbc.queryLong(c, "SELECT 1") == 1);
    } catch (RuntimeException e) {
      up = false;
    }
    ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "database", db.dialect().name()));
  }

  public void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }
}
