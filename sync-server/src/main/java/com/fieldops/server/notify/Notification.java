package com.fieldops.server.notify;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One outbox entry: a message already rendered in the recipient's language, its address and its
 * delivery state.
 *
 * @param kind {@code ESCALATION_FIRED} or {@code ESCALATION_WITHDRAWN}
 * @param payload webhooks: the JSON body to post
 */
public record Notification(UUID id, String kind, UUID workOrderId, String levelKey, UUID eventId, Channel channel,
    String address, Locale locale, UUID recipientId, String subject, String body, String payload,
    NotificationState state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
    Instant sentAt) {

  public static final String FIRED = "ESCALATION_FIRED";
  public static final String WITHDRAWN = "ESCALATION_WITHDRAWN";
}
