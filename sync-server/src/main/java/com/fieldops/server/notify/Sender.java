package com.fieldops.server.notify;

/** Delivers one notification over its channel; throws to have it retried. */
@FunctionalInterface
public interface Sender {
  /**
   * @param recipient the configured recipient the entry was made for, if any (webhooks take their
   *     signing secret from it)
   */
  void send(Notification notification, Recipient recipient) throws DeliveryException;
}
