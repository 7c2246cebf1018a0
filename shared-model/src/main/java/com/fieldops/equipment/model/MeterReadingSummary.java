package com.fieldops.equipment.model;

import java.math.BigDecimal;

/**
 * A meter reading as a history line's summary, "value unit [note]": written by RecordMeterReading
 * and read back wherever the last reading counts (the next reading's check, a job's history entry,
 * meter plans), so the format lives in one place.
 *
 * @param unit may be null when the summary names none
 */
public record MeterReadingSummary(BigDecimal value, String unit) {

  /** The summary line of a reading. */
  public static String format(BigDecimal value, String unit, String note) {
    return value.toPlainString() + " " + unit.strip() + (note == null || note.isBlank() ? "" : " " + note.strip());
  }

  /** The value and unit of a METER_READING event's summary. */
  public static MeterReadingSummary of(EquipmentEvent reading) {
    String[] valueAndUnit = reading.summary().split(" ", 3);
    return new MeterReadingSummary(new BigDecimal(valueAndUnit[0]), valueAndUnit.length > 1 ? valueAndUnit[1] : null);
  }
}
