package com.fieldops.workorder.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Free text on a work order; append-only. {@code visibleToCustomer} puts it on the service report. */
public record Note(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{note.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{note.author.required}") UUID authorId,
    @NotBlank(message = "{note.text.required}") @Size(max = 4000, message = "{note.text.size}") String text,
    boolean visibleToCustomer,
    @NotNull(message = "{note.createdAt.required}") Instant createdAt) {}
