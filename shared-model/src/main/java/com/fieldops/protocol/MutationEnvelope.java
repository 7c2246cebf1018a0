package com.fieldops.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.validation.DeviceTime;
import com.fieldops.common.validation.OnArrival;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One user action recorded by a client, as it travels in a push.
 *
 * @param id          made by the client; the server applies a given id at most once
 * @param type        mutation type name, e.g. {@code AssignWorkOrder}
 * @param entityId    the entity the action is about (may be new)
 * @param baseVersion the entity version the client saw when it recorded the action (null if new)
 * @param deviceId    the device that recorded it
 * @param recordedAt  device time of the action; within the device window ({@link com.fieldops.common.validation.TimeWindows})
 *                    when the mutation is judged ({@link OnArrival}: a bad one rejects that mutation, not the batch),
 *                    and never counted later than the server received it
 * @param payload     the type's fields
 */
public record MutationEnvelope(
    @NotNull(message = "{protocol.mutation.id.required}") UUID id,
    @NotBlank(message = "{protocol.mutation.type.required}") @Size(max = 64) String type,
    UUID entityId,
    Long baseVersion,
    @NotBlank(message = "{protocol.mutation.device.required}") @Size(max = 128) String deviceId,
    @NotNull(message = "{protocol.mutation.recordedAt.required}")
    @DeviceTime(groups = OnArrival.class, message = "{protocol.mutation.recordedAt.window}") Instant recordedAt,
    @NotNull(message = "{protocol.mutation.payload.required}") JsonNode payload) {}
