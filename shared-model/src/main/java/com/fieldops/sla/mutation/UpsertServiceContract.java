package com.fieldops.sla.mutation;

import com.fieldops.customer.model.ServiceContract;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Creates or replaces a service contract as a whole; its id must be the envelope's {@code entityId}.
 * The contract names the SLA policy new work orders of its customer (or of its one machine) get.
 */
public record UpsertServiceContract(
    @NotNull(message = "{protocol.upsert.record.required}") @Valid ServiceContract contract) {}
