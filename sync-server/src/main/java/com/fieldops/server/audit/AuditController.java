package com.fieldops.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.http.Requests;
import com.fieldops.server.storage.AppliedMutations;
import com.fieldops.server.storage.Database;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code GET /api/v1/audit?userId=&entityId=&from=&to=&limit=}: applied mutations, newest first,
 * with who, which device, the device time and the server time. Admins only.
 */
public final class AuditController {
  private final Database db;
  private final AppliedMutations applied = new AppliedMutations();

  public AuditController(Database db) {
    this.db = db;
  }

  public void query(Context ctx) {
    Principal p = Requests.principal(ctx);
    if (p.role() != Role.ADMIN) {
      throw ApiException.forbidden();
    }
    UUID userId = Requests.uuidParam(ctx, "userId");
    UUID entityId = Requests.uuidParam(ctx, "entityId");
    Instant from = Requests.instantParam(ctx, "from");
    Instant to = Requests.instantParam(ctx, "to");
    int limit = (int) Requests.longParam(ctx, "limit", 100, 1, 1000);
    List<AppliedMutations.Entry> rows = db.read(c -> applied.query(c, userId, entityId,
        from == null ? null : from.toEpochMilli(), to == null ? null : to.toEpochMilli(), limit));
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (AppliedMutations.Entry e : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("mutationId", e.id());
      m.put("type", e.type());
      if (e.entityId() != null) {
        m.put("entityId", e.entityId());
      }
      m.put("userId", e.userId());
      m.put("deviceId", e.deviceId());
      m.put("recordedAt", Instant.ofEpochMilli(e.recordedAtMillis()));
      m.put("receivedAt", Instant.ofEpochMilli(e.receivedAtMillis()));
      m.put("result", readTree(e.result()));
      if (e.payloadJson() != null) {
        m.put("payload", readTree(e.payloadJson()));
      }
      out.add(m);
    }
    ctx.json(Map.of("entries", out));
  }

  private static JsonNode readTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (Exception e) {
      return Json.mapper().getNodeFactory().textNode(json);
    }
  }
}
