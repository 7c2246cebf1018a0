package com.fieldops.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where photo bytes come from, by their SHA-256 (photos are uploaded apart from their mutation and
 * kept in the database). Until the photo store is wired in, {@link #NONE}: photos without bytes are
 * listed by caption only.
 */
@FunctionalInterface
public interface ReportPhotos {
  ReportPhotos NONE = (c, sha256) -> Optional.empty();

  Optional<byte[]> bytes(Connection c, String sha256) throws SQLException;
}
