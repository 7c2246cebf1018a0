package com.fieldops.report.model;

/** The SLA result as printed on a report. */
public enum SlaOutcome {
  MET,
  BREACHED,
  NO_SLA
}
