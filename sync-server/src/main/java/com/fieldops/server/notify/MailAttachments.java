package com.fieldops.server.notify;

import java.util.List;

/** The files an outgoing e-mail carries, looked up when it is sent (the outbox keeps only the text). */
@FunctionalInterface
public interface MailAttachments {
  MailAttachments NONE = n -> List.of();

  /** One attached file. */
  record Attachment(String fileName, String contentType, byte[] bytes) {}

  List<Attachment> of(Notification n) throws DeliveryException;
}
