package com.fieldops.report.model;

import com.fieldops.workorder.model.TimeEntryKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

public record LabourLine(
    @NotBlank(message = "{report.technicianName.required}") String technicianName,
    @NotNull(message = "{timeentry.kind.required}") TimeEntryKind kind,
    @NotNull(message = "{timeentry.start.required}") Instant start,
    @NotNull(message = "{timeentry.end.required}") Instant end) {}
