package com.fieldops.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.customer.model.Site;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.MutationRegistry;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.replica.store.DocReader;
import com.fieldops.replica.store.DocWrite;
import com.fieldops.replica.store.EntityDoc;
import com.fieldops.replica.store.MutationRules;
import com.fieldops.replica.store.ReplicaUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies a mutation to the local view with the very functions the server applies
 * ({@link MutationRegistry}): payload validation, then the type's pure function over the replica's
 * documents. So a command is checked like the server will check it, and a pending mutation
 * replayed on new server state gives what the server would give.
 */
final class ReplicaRules implements MutationRules {
  private final Locale locale;
  private final Clock clock;

  ReplicaRules(Locale locale, Clock clock) {
    this.locale = locale;
    this.clock = clock;
  }

  @Override
  public MutationRules.Outcome apply(MutationEnvelope m, DocReader current, ReplicaUser user) {
    Optional<MutationType<?>> type = MutationRegistry.byName(m.type());
    if (type.isEmpty()) {
      return refusal(Rejection.of(Codes.UNKNOWN_TYPE, "protocol.rejected.unknownType", "type", m.type()));
    }
    // the server's own decoding and checks (types, windows against this device's clock), same messages
    Mutations.Decoded decoded = Mutations.decode(m.type(), m.payload(), locale);
    if (decoded instanceof Mutations.Undecodable u) {
      return refusal(Mutations.rejection(u));
    }
    Object payload = ((Mutations.Known) decoded).payload();
    Optional<Rejection> invalid = Mutations.check(m, payload, clock.instant(), locale);
    if (invalid.isPresent()) {
      return refusal(invalid.get());
    }
    EntityLookup lookup = new EntityLookup() {
      @Override
      public <T> Optional<T> find(Class<T> cls, UUID id) {
        if (id == null) {
          return Optional.empty();
        }
        return current.find(EntityNames.of(cls), id).map(doc -> read(doc, cls));
      }

      @Override
      public <T> List<T> findAllBy(Class<T> cls, String field, Object value) {
        // the local view: server state with this device's pending actions on top, like the server's batch
        String name = EntityNames.of(cls);
        com.fieldops.protocol.mutation.LookupFields.require(name, field);
        return current.findBy(name, field, com.fieldops.protocol.mutation.LookupFields.text(value)).stream()
            .sorted(java.util.Comparator.comparing(EntityDoc::id)).map(doc -> read(doc, cls)).toList();
      }
    };
    Actor actor = actor(user, m, payload, lookup);
    MutationContext ctx = new MutationContext(m.id(), m.entityId(), m.baseVersion(), actor, m.deviceId(),
        m.recordedAt(), clock.instant(), lookup);
    com.fieldops.protocol.mutation.Outcome outcome = type.get().apply(payload, ctx);
    if (outcome instanceof com.fieldops.protocol.mutation.Outcome.Rejected r) {
      return refusal(r.rejection());
    }
    List<DocWrite> writes = new ArrayList<>();
    for (Object entity : ((com.fieldops.protocol.mutation.Outcome.Applied) outcome).writes()) {
      JsonNode data = Json.mapper().valueToTree(entity);
      writes.add(new DocWrite(EntityNames.of(entity), EntityNames.idOf(entity), data));
    }
    return new MutationRules.Effect(writes);
  }

  /**
   * The actor as the server will see it. A replica that does not know its office user's region
   * holds only that region's data (the server sends nothing else), so the region of the entity at
   * hand is the user's.
   */
  private static Actor actor(ReplicaUser user, MutationEnvelope m, Object payload, EntityLookup lookup) {
    if (user == null) {
      return new Actor(null, null, null, null);
    }
    String region = user.region();
    boolean office = user.role() == com.fieldops.identity.model.Role.DISPATCHER
        || user.role() == com.fieldops.identity.model.Role.SUPERVISOR;
    if (office && region == null) {
      region = lookup.find(WorkOrder.class, m.entityId()).map(WorkOrder::region)
          .or(() -> siteOf(payload).flatMap(id -> lookup.find(Site.class, id)).map(Site::region))
          .orElse(null);
    }
    return new Actor(user.userId(), user.role(), user.technicianId(), region);
  }

  private static Optional<UUID> siteOf(Object payload) {
    JsonNode tree = Json.mapper().valueToTree(payload);
    JsonNode site = tree.get("siteId");
    return site == null || !site.isTextual() ? Optional.empty() : Optional.of(UUID.fromString(site.asText()));
  }

  private MutationRules.Refusal refusal(Rejection r) {
    return new MutationRules.Refusal(r.code(), r.field(), Mutations.describe(r, locale));
  }

  private static <T> T read(EntityDoc doc, Class<T> cls) {
    try {
      return Json.mapper().treeToValue(doc.data(), cls);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable " + cls.getSimpleName() + " " + doc.id() + " in the replica", e);
    }
  }
}
