package com.fieldops.sla;

/** State of one milestone's clock at an instant. */
public enum ClockState {
  /** Counting business time towards the due instant. */
  RUNNING,
  /** Stopped by a pausing status (e.g. waiting for parts) before the due instant. */
  PAUSED,
  /** Reached at or before the due instant. Final. */
  MET,
  /** The due instant passed before the milestone was reached. Final: stays breached, even if
   * the milestone is reached later or the clock is paused. */
  BREACHED,
  /** The work order was cancelled before the milestone was reached and before it was due. */
  STOPPED,
  /** The policy has no target for this milestone at the work order's priority. */
  NOT_APPLICABLE;

  /** Key of the state's display name in {@code SlaMessages}. */
  public String messageKey() {
    return "com.fieldops.sla.state." + name();
  }
}
