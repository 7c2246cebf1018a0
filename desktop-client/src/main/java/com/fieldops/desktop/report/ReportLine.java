package com.fieldops.desktop.report;

import com.fieldops.report.model.ReportState;
import java.util.UUID;

/** One service report of a job as the list shows it; the job's id says which PDF to fetch. */
public record ReportLine(UUID workOrderId, UUID reportId, String number, String signedAt, String signer,
    String sealed, ReportState state, String pdfSha256) {

  public boolean ready() {
    return state == ReportState.READY;
  }
}
