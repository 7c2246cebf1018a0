package com.fieldops.customer.mutation;

import com.fieldops.customer.model.Contact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a contact record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertContact(@NotNull(message = "{protocol.upsert.record.required}") @Valid Contact contact) {}
