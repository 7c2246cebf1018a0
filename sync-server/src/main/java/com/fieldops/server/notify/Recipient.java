package com.fieldops.server.notify;

import java.util.Locale;
import java.util.UUID;

/**
 * An office mailbox or webhook that hears about escalations.
 *
 * @param target which escalation target it stands for ({@code DISPATCHER}, {@code SUPERVISOR},
 *     ...) or {@code ANY} for every escalation (typical for a webhook)
 * @param region only escalations of work orders in this region; null for every region
 * @param secret webhooks only: the HMAC-SHA256 key of the signature header
 */
public record Recipient(UUID id, String target, String region, Channel channel, String address, Locale locale,
    String secret) {
  public static final String ANY = "ANY";
}
