package com.fieldops.equipment.model;

/** What a maintenance plan's {@code every} counts: calendar days, weeks or months, or meter units. */
public enum PlanInterval {
  DAYS,
  WEEKS,
  MONTHS,
  METER;

  public boolean isCalendar() {
    return this != METER;
  }
}
