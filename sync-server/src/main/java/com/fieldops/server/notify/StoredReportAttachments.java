package com.fieldops.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A service report's e-mail ({@code REPORT_DELIVERY}) carries the sealed PDF, read from the database at
 * sending time (table service_report_pdf): the outbox row stays small, and a report re-rendered before
 * the mail leaves is sent in its latest form. A missing PDF fails the attempt, so it is retried.
 */
public final class StoredReportAttachments implements MailAttachments {
  static final String REPORT_DELIVERY = "REPORT_DELIVERY";
  private final Database db;

  public StoredReportAttachments(Database db) {
    this.db = db;
  }

  @Override
  public List<Attachment> of(Notification n) throws DeliveryException {
    if (!REPORT_DELIVERY.equals(n.kind())) {
      return List.of();
    }
    UUID reportId;
    String fileName;
    try {
      JsonNode payload = Json.mapper().readTree(n.payload());
      reportId = UUID.fromString(payload.get("reportId").asText());
      fileName = payload.path("fileName").asText("");
    } catch (Exception e) {
      throw new DeliveryException("report e-mail without a readable report id: " + n.payload(), e);
    }
    Optional<Object[]> pdf = db.read(c -> Jdbc.queryOne(c, "SELECT pdf, work_order_id FROM service_report_pdf"
        + " WHERE report_id = ?", rs -> new Object[] {rs.getBytes(1), rs.getString(2)}, reportId));
    if (pdf.isEmpty()) {
      throw new DeliveryException("the sealed PDF of report " + reportId + " is not stored");
    }
    return List.of(new Attachment("service-report-" + safe(fileName) + ".pdf", "application/pdf",
        (byte[]) pdf.get()[0]));
  }

  /** The file name keeps letters, digits and dashes only (it is read by mail clients on any system). */
  private static String safe(String s) {
    String cleaned = s.replaceAll("[^A-Za-z0-9-]", "");
    return cleaned.isEmpty() ? "report" : cleaned;
  }
}
