package com.fieldops.workorder.mutation;

import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.common.validation.DeviceTime;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * Time spent on the work order named by the envelope's {@code entityId}. A technician records
 * their own time ({@code technicianId} may be left out); office staff name the technician.
 */
public record AddTimeEntry(
    @NotNull(message = "{id.required}") UUID timeEntryId,
    UUID technicianId,
    @NotNull(message = "{timeentry.kind.required}") TimeEntryKind kind,
    @NotNull(message = "{timeentry.start.required}") @DeviceTime(message = "{timeentry.start.window}") Instant start,
    @NotNull(message = "{timeentry.end.required}") @DeviceTime(message = "{timeentry.end.window}") Instant end,
    boolean billable,
    @Size(max = 2000, message = "{timeentry.comment.size}") String comment) {}
