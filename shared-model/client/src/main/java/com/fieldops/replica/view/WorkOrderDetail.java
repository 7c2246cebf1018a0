package com.fieldops.replica.view;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A work order with everything its detail screen shows. History lists are oldest first.
 * {@code customer}, {@code site}, {@code contact} and {@code equipment} are null when not in the
 * local scope (or not set).
 *
 * @param attachments photos and documents of the job, oldest first (metadata; the files stay on the server)
 * @param parts      the catalogue records of the parts in {@code partsUsed}, by id (a part not in the local
 *                   catalogue is missing)
 * @param pendingIds ids of the items (the work order itself, notes, time entries...) that carry a
 *                   local change not yet confirmed by the server
 */
public record WorkOrderDetail(
    WorkOrder workOrder,
    WorkOrderRow row,
    Customer customer,
    Site site,
    Contact contact,
    com.fieldops.equipment.model.Equipment equipment,
    List<WorkOrderEvent> history,
    List<Note> notes,
    List<TimeEntry> timeEntries,
    List<PartUsage> partsUsed,
    List<com.fieldops.workorder.model.Attachment> attachments,
    java.util.Map<UUID, com.fieldops.stock.model.Part> parts,
    Set<UUID> pendingIds) {

  public UUID id() {
    return workOrder.id();
  }

  public boolean isPending(UUID itemId) {
    return pendingIds.contains(itemId);
  }
}
