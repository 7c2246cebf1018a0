package com.fieldops.portal;

import com.fieldops.customer.model.Contact;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A problem a customer contact reports on one of their company's machines (服务受理 by the customer
 * themselves): what they saw and, if they like, when a visit suits them. It becomes the same
 * {@link CreateWorkOrder} the console sends for a caller on the phone: a REPAIR job at
 * {@link #PRIORITY} in the dispatcher's queue, unassigned, on the machine's site, with the contact as
 * the caller. The dispatcher sets the priority and the time; the preferred time is the customer's wish,
 * kept in the problem text, not a schedule.
 *
 * @param description   what is wrong, in the customer's words (required)
 * @param preferredTime when a visit suits them, free text ("Tuesday morning"), optional
 */
public record ProblemReport(String description, String preferredTime) {
  public static final int DESCRIPTION_MAX = 3000;
  public static final int PREFERRED_TIME_MAX = 200;
  /** The dispatcher triages: a customer's report starts at normal priority. */
  public static final Priority PRIORITY = Priority.P3;

  /** What is wrong with a report, field by field (the page words it in the reader's language). */
  public enum Problem {
    DESCRIPTION_REQUIRED("description"),
    DESCRIPTION_TOO_LONG("description"),
    PREFERRED_TIME_TOO_LONG("preferredTime");

    private final String field;

    Problem(String field) {
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  public ProblemReport {
    description = description == null ? null : description.strip();
    preferredTime = preferredTime == null || preferredTime.isBlank() ? null : preferredTime.strip();
  }

  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    if (description == null || description.isEmpty()) {
      out.add(Problem.DESCRIPTION_REQUIRED);
    } else if (description.length() > DESCRIPTION_MAX) {
      out.add(Problem.DESCRIPTION_TOO_LONG);
    }
    if (preferredTime != null && preferredTime.length() > PREFERRED_TIME_MAX) {
      out.add(Problem.PREFERRED_TIME_TOO_LONG);
    }
    return out;
  }

  /**
   * The work order this report opens, or empty when the machine is not the contact's company's (the
   * caller then shows nothing about it). {@code preferredLabel} introduces the preferred time in the
   * problem text (the office's language).
   */
  public Optional<CreateWorkOrder> toWorkOrder(Contact contact, Equipment machine, String preferredLabel) {
    if (!problems().isEmpty() || !Ownership.owns(contact, machine)) {
      return Optional.empty();
    }
    String problem = preferredTime == null ? description : description + "\n" + preferredLabel + " " + preferredTime;
    return Optional.of(new CreateWorkOrder(machine.customerId(), machine.siteId(), contact.id(), machine.id(),
        WorkOrderType.REPAIR, PRIORITY, null, problem, null, null, null));
  }
}
