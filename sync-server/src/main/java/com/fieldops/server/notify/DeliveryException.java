package com.fieldops.server.notify;

/** A delivery attempt failed; the outbox retries it later (the message is kept for admins). */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeliveryException(String message) {
    super(message);
  }

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
