package com.fieldops.protocol.registry;

import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.LostEdit;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.common.json.JsonProblems;
import com.fieldops.common.validation.MessageBundles;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.workflow.WorkflowText;
import com.fieldops.common.validation.OnArrival;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

/**
 * The one way to apply a mutation envelope, for the server and the replica alike: decode the
 * payload into its record, validate it, bound the device time, run the pure function and
 * validate what it would write.
 */
public final class Mutations {
  private Mutations() {}

  /** A payload read into its record, or why it could not be. */
  public sealed interface Decoded permits Known, Undecodable {}

  public record Known(MutationType<?> type, Object payload) implements Decoded {}

  /** Unknown type or a payload of the wrong shape: a client bug, not a user's mistake. */
  public record Undecodable(String code, String field, String message) implements Decoded {}

  public static Decoded decode(String type, JsonNode payload, Locale locale) {
    var known = MutationRegistry.byName(type);
    if (known.isEmpty()) {
      return new Undecodable(Codes.UNKNOWN_TYPE, "type", MessageBundles.format(locale, "protocol.mutation.type.unknown",
          String.valueOf(type)));
    }
    if (payload == null || !payload.isObject()) {
      return new Undecodable(Codes.INVALID, "payload", MessageBundles.format(locale, "protocol.mutation.payload.required"));
    }
    String withNul = textWithNul(payload, "");
    if (withNul != null) {
      // PostgreSQL can neither keep U+0000 in text nor read it back out of a JSON document: a record holding
      // one would break every later query that reads its kind's documents (a checklist unit "\u0000" made
      // each new job of that type fail). No person types it; it is refused like any value that cannot be.
      return new Undecodable(Codes.INVALID, withNul.isEmpty() ? "payload" : "payload." + withNul,
          MessageBundles.format(locale, "protocol.mutation.payload.nul"));
    }
    try {
      return new Known(known.get(), Json.mapper().treeToValue(payload, known.get().payloadType()));
    } catch (JsonProcessingException e) {
      Violation v = JsonProblems.toViolation(e, locale);
      return new Undecodable(Codes.INVALID, v.field().isEmpty() ? "payload" : "payload." + v.field(), v.message());
    } catch (IllegalArgumentException e) {
      return new Undecodable(Codes.INVALID, "payload", MessageBundles.format(locale, "protocol.mutation.payload.required"));
    }
  }

  /**
   * The path ({@code items[2].unit}, as validation names fields) of the first text or field name in
   * {@code node} that holds U+0000; null if none does.
   */
  static String textWithNul(JsonNode node, String path) {
    if (node.isTextual()) {
      return node.textValue().indexOf('\u0000') >= 0 ? path : null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = textWithNul(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (var fields = node.fields(); fields.hasNext(); ) {
        var field = fields.next();
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        if (field.getKey().indexOf('\u0000') >= 0) {
          return path;
        }
        String found = textWithNul(field.getValue(), at);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Decodes and applies; an undecodable payload comes back as a rejection. */
  public static Outcome apply(MutationEnvelope envelope, Actor actor, Instant receivedAt, EntityLookup lookup,
      Locale locale) {
    Decoded decoded = decode(envelope.type(), envelope.payload(), locale);
    if (decoded instanceof Undecodable u) {
      return new Outcome.Rejected(rejection(u));
    }
    return apply((Known) decoded, envelope, actor, receivedAt, lookup, locale);
  }

  /**
   * An undecodable payload as the rejection of its one mutation, naming the payload's field as
   * validation does ({@code priority}, not {@code payload.priority}).
   */
  public static Rejection rejection(Undecodable u) {
    String field = u.field().startsWith("payload.") ? u.field().substring("payload.".length()) : u.field();
    return new Rejection(u.code(), null, field, List.of(), u.message());
  }

  /**
   * What is wrong with a decoded mutation before its function runs: the envelope's checks made on
   * arrival (its device time against {@code now}) and the payload's Bean Validation, device times
   * judged against {@code now} as well. The server and the replica call this same check, so both
   * refuse the same values with the same message.
   */
  public static Optional<Rejection> check(MutationEnvelope envelope, Object payload, Instant now, Locale locale) {
    Clock judge = Clock.fixed(now, ZoneOffset.UTC);
    List<Violation> violations = Validators.validate(envelope, locale, judge, OnArrival.class);
    if (violations.isEmpty()) {
      violations = Validators.validate(payload, locale, judge);
    }
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    Violation v = violations.get(0);
    return Optional.of(Rejection.invalid(v.field(), v.message()));
  }

  /**
   * Applies a decoded mutation. The device time counts, but never later than {@code receivedAt}
   * (a phone's clock running ahead must not date work in the future).
   */
  public static Outcome apply(Known decoded, MutationEnvelope envelope, Actor actor, Instant receivedAt,
      EntityLookup lookup, Locale locale) {
    Optional<Rejection> invalid = check(envelope, decoded.payload(), receivedAt, locale);
    if (invalid.isPresent()) {
      return new Outcome.Rejected(invalid.get());
    }
    Instant occurredAt = envelope.recordedAt() == null || envelope.recordedAt().isAfter(receivedAt)
        ? receivedAt : envelope.recordedAt();
    MutationContext ctx = new MutationContext(envelope.id(), envelope.entityId(), envelope.baseVersion(), actor,
        envelope.deviceId(), occurredAt, receivedAt, lookup);
    Outcome outcome = decoded.type().apply(decoded.payload(), ctx);
    if (outcome instanceof Outcome.Applied applied) {
      for (Object written : applied.writes()) {
        List<Violation> violations = Validators.validate(written, locale, Clock.fixed(receivedAt, ZoneOffset.UTC));
        if (!violations.isEmpty()) {
          Violation v = violations.get(0);
          return new Outcome.Rejected(Rejection.invalid(v.field(), v.message()));
        }
      }
    }
    return outcome;
  }

  /** The rejection as a sentence in {@code locale}. */
  public static String describe(Rejection rejection, Locale locale) {
    if (rejection.message() != null) {
      return rejection.message();
    }
    Object[] args = rejection.args().stream().map(a -> display(a, locale)).toArray();
    return MessageBundles.format(locale, rejection.messageKey(), args);
  }

  /** Status names read in the reader's language, as everywhere else in the product. */
  private static Object display(String arg, Locale locale) {
    for (WorkOrderStatus s : WorkOrderStatus.values()) {
      if (s.name().equals(arg)) {
        return WorkflowText.status(s, locale);
      }
    }
    return arg;
  }

  /** The lost edits as one sentence in {@code locale}. */
  public static String describe(List<LostEdit> lost, Locale locale) {
    StringBuilder sb = new StringBuilder();
    for (LostEdit l : lost) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(MessageBundles.format(locale, "protocol.applied.editLost", l.field(),
          String.valueOf(l.attemptedValue()), String.valueOf(l.currentValue())));
    }
    return sb.toString();
  }
}
