package com.fieldops.server.report;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The hook for the costs section: what a job costs the customer, where their contract lets them see
 * it ({@link ContractReportCosts}); {@link #NONE} leaves the section out of every report.
 */
@FunctionalInterface
public interface ReportCosts {
  ReportCosts NONE = (c, content) -> null;

  /** The costs to print for the job, or null to leave the section out. */
  ReportContent.Costs costsOf(Connection c, ReportContent withoutCosts) throws SQLException;
}
