package com.fieldops.server.http;

import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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

  /**
   * UP (200) only when the database answers and no background task or the writer is stuck (a
   * round running longer than its threshold); otherwise 503 with {@code DOWN} or {@code STUCK} and
   * the names of the stuck tasks. Each task shows its last success and how long its round runs.
   */
  public void health(Context ctx) {
    boolean up;
    try {
      // a statement, not isValid(): a dead pooled connection then fails loudly and the pool drops it
      up = db.read(c -> Jdbc.queryLong(c, "SELECT 1") == 1);
    } catch (RuntimeException e) {
      up = false;
    }
    List<BackgroundTasks.TaskState> states = db.tasks().states();
    List<String> stuck = states.stream().filter(BackgroundTasks.TaskState::stuck)
        .map(BackgroundTasks.TaskState::name).toList();
    String status = !up ? "DOWN" : stuck.isEmpty() ? "UP" : "STUCK";
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("database", db.dialect().name());
    body.put("stuck", stuck);
    Map<String, Object> tasks = new LinkedHashMap<>();
    for (BackgroundTasks.TaskState s : states) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("lastSuccess", s.lastSuccess());
      t.put("runningSeconds", s.runningFor() == null ? null : s.runningFor().toMillis() / 1000.0);
      t.put("stuck", s.stuck());
      t.put("stuckAfterSeconds", s.stuckAfter().toSeconds());
      if (s.lastFailure() != null) {
        t.put("lastFailure", s.lastFailure());
        t.put("lastError", s.lastError());
      }
      tasks.put(s.name(), t);
    }
    body.put("tasks", tasks);
    ctx.status("UP".equals(status) ? 200 : 503).json(body);
  }

  public void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  public void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }
}
