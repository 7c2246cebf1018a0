package com.fieldops.costs;

/** What a line of a job's costs is for. */
public enum CostLineKind {
  /** Work on site, at the technician's hourly rate. */
  LABOUR,
  /** Waiting on site (for the customer, for access), at the hourly rate: the technician's time is taken. */
  WAITING,
  /** Driving to and from the job, at the technician's travel rate (the hourly rate if none is set). */
  TRAVEL,
  /** A part used, at its catalogue cost and price. */
  PART
}
