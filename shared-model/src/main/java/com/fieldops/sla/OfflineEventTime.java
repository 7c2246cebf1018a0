package com.fieldops.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * When an action recorded on a device counts for the SLA clocks: at the device time, bounded by
 * sanity. Not after the server received it (a device clock running fast cannot push an arrival
 * into the future), and not before the work order's previous known event (a clock running slow
 * cannot reorder history or meet a target before the job was even assigned).
 *
 * @param effective the instant the clocks use
 * @param device the device's own time, as sent (null if it sent none)
 * @param received when the server received the mutation
 * @param adjustment whether and why {@code effective} differs from {@code device}
 */
public record OfflineEventTime(Instant effective, Instant device, Instant received,
    Adjustment adjustment) {

  public enum Adjustment {
    NONE,
    /** No device time was sent: the receipt time is used. */
    NO_DEVICE_TIME,
    /** Device time was after receipt (clock running fast). */
    CLAMPED_TO_RECEIVED,
    /** Device time was before the previous known event (clock running slow). */
    CLAMPED_TO_PREVIOUS_EVENT
  }

  /**
   * @param deviceTime when the action happened according to the device; may be null
   * @param receivedAt when the server received it
   * @param previousEventAt the work order's latest event already known (creation at least)
   */
  public static OfflineEventTime of(Instant deviceTime, Instant receivedAt, Instant previousEventAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(previousEventAt, "previousEventAt");
    // The received bound wins if the two bounds cross (previous event recorded "in the future").
    if (deviceTime == null) {
      return new OfflineEventTime(receivedAt, null, receivedAt, Adjustment.NO_DEVICE_TIME);
    }
    if (deviceTime.isAfter(receivedAt)) {
      return new OfflineEventTime(receivedAt, deviceTime, receivedAt, Adjustment.CLAMPED_TO_RECEIVED);
    }
    if (deviceTime.isBefore(previousEventAt)) {
      Instant bounded = previousEventAt.isAfter(receivedAt) ? receivedAt : previousEventAt;
      return new OfflineEventTime(bounded, deviceTime, receivedAt,
          Adjustment.CLAMPED_TO_PREVIOUS_EVENT);
    }
    return new OfflineEventTime(deviceTime, deviceTime, receivedAt, Adjustment.NONE);
  }

  /** Whether the event arrived after the time it counts for (the clocks must be recomputed). */
  public boolean isLate() {
    return received.isAfter(effective);
  }
}
