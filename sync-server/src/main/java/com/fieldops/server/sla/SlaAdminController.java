package com.fieldops.server.sla;

import com.fieldops.identity.model.Role;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.http.Requests;
import com.fieldops.server.storage.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admin API of the SLA scheduler: the work orders whose clocks could not be computed (e.g. an
 * absurd stored instant). Such a clock is skipped by the scheduler, which carries on with the
 * others; it is computed again when the work order or its policy changes.
 *
 * <pre>
 * GET /api/v1/admin/sla/failed-clocks?limit=100
 * </pre>
 */
final class SlaAdminController {
  private final Database db;
  private final SlaClockStore clocks;

  SlaAdminController(Database db) {
    this.db = db;
    this.clocks = new SlaClockStore(db.dialect());
  }

  void register(Javalin app) {
    app.get("/api/v1/admin/sla/failed-clocks", this::failed);
  }

  private void failed(Context ctx) {
    if (Requests.principal(ctx).role() != Role.ADMIN) {
      throw ApiException.forbidden();
    }
    int limit = (int) Requests.longParam(ctx, "limit", 100, 1, 1000);
    List<SlaClockStore.FailedClock> rows = db.read(c -> clocks.failed(c, limit));
    List<Map<String, Object>> out = rows.stream().map(SlaAdminController::json).toList();
    ctx.json(Map.of("failedClocks", out));
  }

  private static Map<String, Object> json(SlaClockStore.FailedClock f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workOrderId", f.workOrderId());
    m.put("policyId", f.policyId());
    m.put("failedAt", f.failedAt());
    m.put("failure", f.failure());
    m.put("retryAt", f.retryAt());
    return m;
  }
}
