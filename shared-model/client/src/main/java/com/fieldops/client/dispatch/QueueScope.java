package com.fieldops.client.dispatch;

/** Which jobs the queue lists. The default is what a dispatcher acts on: unassigned or at risk. */
public enum QueueScope {
  UNASSIGNED_OR_AT_RISK("dispatch.filter.scope.atRisk"),
  UNASSIGNED("dispatch.filter.scope.unassigned"),
  ALL_OPEN("dispatch.filter.scope.all");

  private final String messageKey;

  QueueScope(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
