package com.fieldops.server.stock;

import com.fieldops.protocol.mutation.Actor;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.Database;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Serial traceability for the office (docs/decisions/0017), region-scoped; anything outside the
 * caller's region answers 404 like something that does not exist.
 *
 * <pre>
 * GET /api/v1/stock/serials/{serial}             every movement of the serial: part, job, machine
 * GET /api/v1/stock/equipment/{id}/serials       the serialized units installed in a machine
 * </pre>
 */
public final class StockController {
  private final Database db;
  private final SerialTraceability serials;

  public StockController(Database db) {
    this.db = db;
    this.serials = new SerialTraceability(db.dialect());
  }

  /** {@code GET /api/v1/stock/serials/{serial}}. */
  public void serialHistory(Context ctx) {
    Actor caller = office(ctx);
    String serial = ctx.pathParam("serial");
    if (serial.isBlank() || serial.length() > 64) {
      throw DomainException.badParameter("serial");
    }
    List<SerialTraceability.Step> steps = db.read(c -> serials.history(c, caller, serial));
    if (steps.isEmpty()) {
      throw DomainException.notFound("serial " + serial);
    }
    ctx.json(Map.of("serialNumber", serial.strip(), "movements", steps.stream().map(StockController::json).toList()));
  }

  /** {@code GET /api/v1/stock/equipment/{id}/serials}. */
  public void installedIn(Context ctx) {
    Actor caller = office(ctx);
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw DomainException.badParameter("id");
    }
    List<SerialTraceability.Step> steps = db.read(c -> {
      if (serials.equipment(c, caller, id).isEmpty()) {
        throw DomainException.notFound("equipment " + id);
      }
      return serials.installedIn(c, id);
    });
    ctx.json(Map.of("equipmentId", id, "serials", steps.stream().map(StockController::json).toList()));
  }

  /** Office staff and admins; a technician has their own replica's view. */
  private static Actor office(Context ctx) {
    Actor caller = Callers.of(ctx).actor();
    if (!(caller.isAdmin() || caller.isOffice())) {
      throw DomainException.forbidden();
    }
    return caller;
  }

  private static Map<String, Object> json(SerialTraceability.Step s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("movementId", s.movement().id());
    m.put("serialNumber", s.movement().serialNumber());
    m.put("partId", s.movement().partId());
    m.put("sku", s.part() == null ? null : s.part().sku());
    m.put("kind", s.movement().kind());
    m.put("fromLocationId", s.movement().fromLocationId());
    m.put("toLocationId", s.movement().toLocationId());
    m.put("occurredAt", s.movement().occurredAt());
    m.put("workOrderId", s.workOrderId());
    m.put("equipmentId", s.equipmentId());
    return m;
  }
}
