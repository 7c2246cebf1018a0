package com.fieldops.replica.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.registry.MutationRegistry;
import com.fieldops.protocol.mutation.MutationType;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side every feature shares: writes a mutation of any registered type to the outbox
 * with its optimistic local effect, in one transaction, after the same rules the server uses
 * ({@code Mutations.decode/check} and the apply function, through the store's {@link MutationRules}).
 * A new mutation type needs no method here: {@link #record(UUID, Object)} takes any registered payload.
 */
public final class MutationRecorder {

  /** What happens after a mutation is on disk: tell the listeners, ask for a sync. */
  public interface AfterRecord {
    void recorded(Touched touched);
  }

  private final LocalStore store;
  private final ReplicaMessages messages;
  private final String deviceId;
  private final Clock clock;
  private final AfterRecord after;

  public MutationRecorder(LocalStore store, ReplicaMessages messages, String deviceId, Clock clock, AfterRecord after) {
    this.store = store;
    this.messages = messages;
    this.deviceId = deviceId;
    this.clock = clock;
    this.after = after;
  }

  public LocalStore store() {
    return store;
  }

  public ReplicaMessages messages() {
    return messages;
  }

  /** Records a registered payload record; its type is the record's simple name (as on the wire). */
  public CommandOutcome record(UUID entityId, Object payload) {
    if (payload == null || payload instanceof JsonNode) {
      return refused("type", "refused.mutation.type.required");
    }
    Optional<MutationType<?>> type = MutationRegistry.byName(payload.getClass().getSimpleName())
        .filter(t -> t.payloadType() == payload.getClass());
    if (type.isEmpty()) {
      return refused("type", "refused.mutation.type.required");
    }
    return record(type.get().name(), entityId, payload);
  }

  /**
   * Records any mutation type the server knows: {@code payload} is the type's payload record or a
   * {@code JsonNode}. The action shown in the outbox is generic ("AddNote on #1A2B3C").
   */
  public CommandOutcome record(String mutationType, UUID entityId, Object payload) {
    if (mutationType == null || MutationRegistry.byName(mutationType).isEmpty()) {
      return refused("type", "refused.mutation.type.required");
    }
    JsonNode p = payload instanceof JsonNode n ? n : Json.mapper().valueToTree(payload);
    String entityType = MutationTypes.entityTypeOf(mutationType);
    return record(mutationType, entityType, entityId, p,
        messages.get("action.generic", mutationType, entityId == null ? "" : Labels.provisional(entityId)));
  }

  /** Records a typed payload with the action text a feature wrote for it. */
  public CommandOutcome record(Object payload, String entityType, UUID entityId, String action) {
    return record(payload.getClass().getSimpleName(), entityType, entityId, Json.mapper().valueToTree(payload), action);
  }

  private CommandOutcome record(String type, String entityType, UUID entityId, JsonNode payload, String action) {
    if (store.setting(StoreKeys.USER).isEmpty()) {
      return refused("", "refused.signedOut");
    }
    MutationEnvelope m = new MutationEnvelope(Ids.newId(), type, entityId, baseVersion(entityType, entityId), deviceId,
        clock.instant(), payload);
    LocalStore.RecordOutcome outcome = store.record(m, action);
    if (outcome instanceof LocalStore.RecordOutcome.Refused r) {
      return new CommandOutcome.Refused(r.refusal().code(), r.refusal().field(), r.refusal().message());
    }
    after.recorded(((LocalStore.RecordOutcome.Recorded) outcome).touched());
    return new CommandOutcome.Recorded(m.id(), entityId);
  }

  /** The server version the user saw (null for a new entity): the server tells a stale edit by it. */
  public Long baseVersion(String entityType, UUID entityId) {
    return entityId == null || entityType == null ? null
        : store.find(entityType, entityId).map(EntityDoc::version).filter(v -> v > 0).orElse(null);
  }

  public String deviceId() {
    return deviceId;
  }

  public Clock clock() {
    return clock;
  }

  /** A refusal with the text of {@code key}; {@code *.unknown} keys are NOT_FOUND. */
  public CommandOutcome.Refused refused(String field, String key) {
    String code = key.endsWith(".unknown") ? "NOT_FOUND" : key.equals("refused.signedOut") ? "SIGNED_OUT" : "INVALID";
    return new CommandOutcome.Refused(code, field, messages.get(key));
  }
}
