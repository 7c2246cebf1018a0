package com.fieldops.server.report;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sealed PDFs and the self-made sealing identity, in the server's database (migration V100). */
final class ReportStore {
  private final Dialect dialect;

  ReportStore(Dialect dialect) {
    this.dialect = dialect;
  }

  /** A stored report PDF. */
  record StoredPdf(UUID reportId, UUID workOrderId, String sha256, long sizeBytes, byte[] pdf, String language,
      String paper, String sealLevel, long renderedAt) {}

  /** Reports whose signature was applied and that have no PDF yet, oldest signature first. */
  List<UUID> waiting(Connection c, int limit) throws SQLException {
    return Jdbc.query(c, "SELECT m.entity_id FROM applied_mutation m WHERE m.type = 'SignServiceReport'"
        + " AND m.result IS NULL AND m.entity_id IS NOT NULL"
        + " AND NOT EXISTS (SELECT 1 FROM service_report_pdf p WHERE p.report_id = m.entity_id)"
        + " ORDER BY m.received_at LIMIT ?", rs -> Jdbc.uuid(rs, "entity_id"), limit);
  }

  /** Stores (or replaces, on a re-render) a report's PDF. */
  void put(Connection c, StoredPdf p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_report_pdf (report_id, work_order_id, sha256,"
        + " size_bytes, pdf, language, paper, seal_level, rendered_at) VALUES (?,?,?,?,?,?,?,?,?)"
        + " ON CONFLICT (report_id) DO UPDATE SET sha256 = excluded.sha256, size_bytes = excluded.size_bytes,"
        + " pdf = excluded.pdf, language = excluded.language, paper = excluded.paper,"
        + " seal_level = excluded.seal_level, rendered_at = excluded.rendered_at")) {
      ps.setString(1, p.reportId().toString());
      ps.setString(2, p.workOrderId().toString());
      ps.setString(3, p.sha256());
      ps.setLong(4, p.sizeBytes());
      ps.setBytes(5, p.pdf());
      ps.setString(6, p.language());
      ps.setString(7, p.paper());
      ps.setString(8, p.sealLevel());
      ps.setLong(9, p.renderedAt());
      ps.executeUpdate();
    }
  }

  Optional<StoredPdf> pdf(Connection c, UUID reportId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT report_id, work_order_id, sha256, size_bytes, pdf, language, paper, seal_level,"
        + " rendered_at FROM service_report_pdf WHERE report_id = ?", ReportStore::map, reportId);
  }

  private static StoredPdf map(ResultSet rs) throws SQLException {
    return new StoredPdf(Jdbc.uuid(rs, "report_id"), Jdbc.uuid(rs, "work_order_id"), rs.getString("sha256"),
        rs.getLong("size_bytes"), rs.getBytes("pdf"), rs.getString("language"), rs.getString("paper"),
        rs.getString("seal_level"), rs.getLong("rendered_at"));
  }

  /** The kept self-made identity: PKCS#12 bytes and password. */
  record KeptIdentity(byte[] pkcs12, String password) {}

  Optional<KeptIdentity> keptIdentity(Connection c) throws SQLException {
    return Jdbc.queryOne(c, "SELECT pkcs12, password FROM report_seal_identity WHERE id = 1",
        rs -> new KeptIdentity(rs.getBytes(1), rs.getString(2)));
  }

  /** Keeps a new identity unless another instance kept one first; true if this one was kept. */
  boolean keepIdentity(Connection c, byte[] pkcs12, String password, long nowMillis) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_seal_identity (id, pkcs12, password, created_at)"
        + " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      ps.setBytes(1, pkcs12);
      ps.setString(2, password);
      ps.setLong(3, nowMillis);
      return ps.executeUpdate() == 1;
    }
  }

  Dialect dialect() {
    return dialect;
  }
}
