package com.fieldops.server.notify;

/** Where an outbox entry stands: waiting (maybe after failures), delivered, or given up on. */
public enum NotificationState {
  PENDING,
  SENT,
  /** Failed {@link OutboxSettings#maxAttempts()} times; an admin sees it and may retry it. */
  DEAD
}
