package com.fieldops.sla;

/** One problem with a policy: the field path (e.g. {@code calendar.weeklyHours[MONDAY]}) and a message. */
public record SlaViolation(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
