package com.fieldops.portal;

import com.fieldops.customer.model.Contact;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.workorder.model.WorkOrder;

/**
 * What a customer contact may see on their own pages: everything of their company (every site), and
 * nothing of another. Anything else reads as absent.
 */
public final class Ownership {
  private Ownership() {}

  public static boolean owns(Contact contact, Equipment machine) {
    return contact != null && machine != null && contact.customerId().equals(machine.customerId());
  }

  public static boolean owns(Contact contact, WorkOrder job) {
    return contact != null && job != null && contact.customerId().equals(job.customerId());
  }
}
