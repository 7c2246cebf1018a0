package com.fieldops.workorder.mutation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A note on the work order named by the envelope's {@code entityId}. */
public record AddNote(
    @NotNull(message = "{id.required}") UUID noteId,
    @NotBlank(message = "{note.text.required}") @Size(max = 4000, message = "{note.text.size}") String text,
    boolean visibleToCustomer) {}
