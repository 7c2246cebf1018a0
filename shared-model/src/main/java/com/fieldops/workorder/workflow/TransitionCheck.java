package com.fieldops.workorder.workflow;

import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/** The answer of {@link WorkOrderWorkflow#check}: allowed (with the move), or refused with a reason. */
public sealed interface TransitionCheck permits TransitionCheck.Allowed, TransitionCheck.Refused {

  boolean allowed();

  record Allowed(Transition transition) implements TransitionCheck {
    @Override
    public boolean allowed() {
      return true;
    }
  }

  /**
   * Why not, for machines ({@code reason}) and for people ({@link #message(Locale)}).
   *
   * @param messageKey key in {@code com/fieldops/workflow/WorkflowMessages}
   * @param args       arguments of the message; statuses, roles and moves are shown in the reader's language
   */
  record Refused(RefusalReason reason, String messageKey, List<Object> args) implements TransitionCheck {
    public Refused {
      args = List.copyOf(args);
    }

    @Override
    public boolean allowed() {
      return false;
    }

    /** The reason as a sentence in {@code locale} (English if the language isn't supported). */
    public String message(Locale locale) {
      Object[] shown = args.stream().map(a -> display(a, locale)).toArray();
      return new MessageFormat(WorkflowText.text(locale, messageKey), locale).format(shown);
    }

    private static Object display(Object arg, Locale locale) {
      if (arg instanceof WorkOrderStatus s) {
        return WorkflowText.status(s, locale);
      }
      if (arg instanceof Transition t) {
        return WorkflowText.transition(t, locale);
      }
      if (arg instanceof Role r) {
        return WorkflowText.role(r, locale);
      }
      if (arg instanceof OnHoldReason r) {
        return WorkflowText.onHoldReason(r, locale);
      }
      if (arg instanceof List<?> list) {
        return String.join(WorkflowText.text(locale, "workflow.list.separator"),
            list.stream().map(a -> String.valueOf(display(a, locale))).toList());
      }
      return arg;
    }
  }
}
