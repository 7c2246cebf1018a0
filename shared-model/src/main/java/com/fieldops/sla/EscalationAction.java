package com.fieldops.sla;

/**
 * What an escalation level does. {@code NOTIFY} needs a {@code target}; the others have none.
 * The server carries them out: notifications through the outbox, {@code RAISE_PRIORITY} as
 * {@link com.fieldops.workorder.model.Priority#raised()}.
 */
@ValidEscalationAction
public record EscalationAction(Type type, NotifyTarget target) {

  public enum Type { NOTIFY, RAISE_PRIORITY, FLAG_FOR_REASSIGNMENT }

  public enum NotifyTarget { ASSIGNEE, DISPATCHER, SUPERVISOR, CUSTOMER_CONTACT }

  public static EscalationAction notify(NotifyTarget target) {
    return new EscalationAction(Type.NOTIFY, target);
  }

  public static EscalationAction raisePriority() {
    return new EscalationAction(Type.RAISE_PRIORITY, null);
  }

  public static EscalationAction flagForReassignment() {
    return new EscalationAction(Type.FLAG_FOR_REASSIGNMENT, null);
  }
}
