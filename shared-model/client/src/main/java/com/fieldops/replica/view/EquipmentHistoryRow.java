package com.fieldops.replica.view;

import com.fieldops.equipment.model.EquipmentEventKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a machine's service history as the console and the phone show it: what happened, on
 * which job (its number or provisional label), the work done, and for a completed job its parts with
 * serials, labour, failure code, first-time-fix and follow-up flags and the meter reading.
 *
 * @param workOrderLabel null when no job caused the line (or the job is not in the local scope)
 * @param firstTimeFix   null when not said
 * @param pending        recorded on this device, not yet confirmed by the server
 */
public record EquipmentHistoryRow(UUID id, Instant occurredAt, EquipmentEventKind kind, String summary,
    UUID workOrderId, String workOrderLabel, String failureCode, Boolean firstTimeFix, boolean followUpNeeded,
    long labourMinutes, List<PartLine> parts, BigDecimal meterReading, String meterUnit, boolean pending) {

  public EquipmentHistoryRow {
    parts = List.copyOf(parts);
  }

  /** A part fitted on the job: its catalogue number and name when the catalogue has it, the serial if any. */
  public record PartLine(UUID partId, String sku, String name, int quantity, String serialNumber) {}
}
