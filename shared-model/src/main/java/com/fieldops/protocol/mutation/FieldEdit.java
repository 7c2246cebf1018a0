package com.fieldops.protocol.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One field of an edit: the value the author saw ({@code from}) and the one they want
 * ({@code to}). If the field changed on the server meanwhile, this edit loses (server order).
 */
public record FieldEdit(
    @NotBlank(message = "{protocol.edit.field.required}") @Size(max = 64, message = "{protocol.edit.field.required}") String field,
    JsonNode from,
    JsonNode to) {}
