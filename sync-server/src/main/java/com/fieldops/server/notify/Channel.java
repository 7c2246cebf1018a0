package com.fieldops.server.notify;

/** How a notification leaves the server. */
public enum Channel {
  EMAIL,
  WEBHOOK
}
