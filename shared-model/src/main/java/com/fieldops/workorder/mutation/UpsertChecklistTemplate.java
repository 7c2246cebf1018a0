package com.fieldops.workorder.mutation;

import com.fieldops.workorder.model.ChecklistTemplate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A checklist template created or replaced whole (the envelope's {@code entityId} is its id), by a
 * dispatcher or supervisor of its region or an administrator (a template for every region: admin).
 */
public record UpsertChecklistTemplate(
    @NotNull(message = "{checklisttemplate.required}") @Valid ChecklistTemplate template) {}
