package com.fieldops.protocol;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A batch of outbox mutations, applied in order. */
public record PushRequest(
    @NotNull @Size(max = PushRequest.MAX_BATCH, message = "{protocol.push.batch.size}")
    List<@Valid @NotNull MutationEnvelope> mutations) {
  public static final int MAX_BATCH = 500;
}
