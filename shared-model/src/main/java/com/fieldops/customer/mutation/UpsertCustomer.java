package com.fieldops.customer.mutation;

import com.fieldops.customer.model.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a customer record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertCustomer(@NotNull(message = "{protocol.upsert.record.required}") @Valid Customer customer) {}
