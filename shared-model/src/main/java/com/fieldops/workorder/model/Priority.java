package com.fieldops.workorder.model;

/** P1 is the most urgent. */
public enum Priority {
  P1,
  P2,
  P3,
  P4;

  /** One step more urgent, or the same at P1 (used by escalation "raise priority"). */
  public Priority raised() {
    return this == P1 ? P1 : values()[ordinal() - 1];
  }
}
