package com.fieldops.costs;

import java.util.UUID;

/**
 * Why a time entry or part used is not in a job's totals: the figures are then incomplete, and say so,
 * instead of guessing a rate or adding two currencies.
 *
 * @param sourceId the time entry or part usage left out
 * @param subject  the technician or part concerned
 */
public record CostProblem(Code code, UUID sourceId, UUID subject) {
  public enum Code {
    /** The technician has no hourly rate set. */
    NO_RATE,
    /** The technician of a time entry is not known here. */
    UNKNOWN_TECHNICIAN,
    /** The part is not in the catalogue known here. */
    UNKNOWN_PART,
    /** The rate or price is in another currency than the job's: never converted or added silently. */
    OTHER_CURRENCY
  }

  /** The message key a client or export shows for it ({@code costs.problem.NO_RATE}...). */
  public String messageKey() {
    return "costs.problem." + code.name();
  }
}
