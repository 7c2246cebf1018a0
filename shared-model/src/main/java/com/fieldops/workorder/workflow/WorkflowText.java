package com.fieldops.workorder.workflow;

import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.Locale;

/**
 * Names of statuses, moves, roles and on-hold reasons for people, from
 * {@code com/fieldops/workflow/WorkflowMessages} (en, zh_CN). UIs use these too, so a status reads
 * the same in the console, on the phone and in a refusal.
 */
public final class WorkflowText {
  private static final String BUNDLE = "com/fieldops/workflow/WorkflowMessages";
  // no fallback to the JVM default locale: an English caller gets English on a Chinese server

  private WorkflowText() {}

  public static String status(WorkOrderStatus status, Locale locale) {
    return text(locale, "workflow.status." + status.name());
  }

  public static String transition(Transition transition, Locale locale) {
    return text(locale, "workflow.transition." + transition.name());
  }

  public static String role(Role role, Locale locale) {
    return text(locale, "workflow.role." + role.name());
  }

  public static String onHoldReason(OnHoldReason reason, Locale locale) {
    return text(locale, "workflow.onHoldReason." + reason.name());
  }

  static String text(Locale locale, String key) {
    return com.fieldops.common.validation.MessageLookup.format(BUNDLE, WorkflowText.class, locale, key);
  }
}
