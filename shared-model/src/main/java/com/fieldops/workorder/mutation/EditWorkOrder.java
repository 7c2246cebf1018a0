package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.FieldEdit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Plain field edits of a work order ({@link WorkOrderEdits#EDITABLE}); each field resolves on
 * its own, in server order.
 */
public record EditWorkOrder(
    @NotEmpty(message = "{protocol.edit.empty}") @Size(max = 20, message = "{protocol.edit.empty}")
    List<@NotNull(message = "{protocol.edit.empty}") @Valid FieldEdit> edits) {}
