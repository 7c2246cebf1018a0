package com.fieldops.report.model;

/**
 * Where a completed job's service report stands, as the apps show it: the customer has not signed yet;
 * signed, and the server is rendering and sealing it; ready (the sealed PDF can be opened).
 */
public enum ReportState {
  WAITING_FOR_SIGNATURE,
  BEING_SEALED,
  READY;

  /** The state of {@code report} (null: no report yet, so no signature yet). */
  public static ReportState of(ServiceReport report) {
    if (report == null || !report.signed()) {
      return WAITING_FOR_SIGNATURE;
    }
    return report.pdfSha256() == null ? BEING_SEALED : READY;
  }
}
