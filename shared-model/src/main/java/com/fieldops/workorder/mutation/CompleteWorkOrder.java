package com.fieldops.workorder.mutation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The technician (or office) completes the job: the work done ({@code resolution}), whether it was
 * fixed on this first visit, whether a follow-up visit is needed, and the failure code of the fault
 * found. Writes the job's COMPLETED move and, for a job on a machine, the machine's history line
 * with these details (decision 0018).
 */
public record CompleteWorkOrder(
    @NotBlank(message = "{workorder.resolution.required}") @Size(max = 4000, message = "{workorder.resolution.size}")
    String resolution,
    @Size(max = 32, message = "{completion.failureCode.size}")
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "{completion.failureCode.format}") String failureCode,
    @NotNull(message = "{completion.firstTimeFix.required}") Boolean firstTimeFix,
    boolean followUpNeeded,
    @Size(max = 2000, message = "{event.comment.size}") String comment) {}
