package com.fieldops.desktop.masterdata;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.mutation.UpsertContact;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.replica.Replica;
import java.util.UUID;

/** A person at the customer (who calls, lets the technician in, signs): reachable by phone or e-mail. */
public final class ContactForm extends RecordForm {
  private UUID customerId;
  private UUID siteId;

  public ContactForm(ConsoleContext ctx, Replica replica, UUID customerId, UUID siteId, Contact existing) {
    super(ctx, replica, existing == null ? null : existing.id());
    this.customerId = existing == null ? customerId : existing.customerId();
    this.siteId = existing == null ? siteId : existing.siteId();
    text("name", "masterdata.contact.name", existing == null ? "" : existing.name());
    text("jobTitle", "masterdata.contact.jobTitle", existing == null ? "" : existing.jobTitle());
    text("phone", "masterdata.phone", existing == null ? "" : existing.phone(), "+86 138 0013 8000");
    text("email", "masterdata.email", existing == null ? "" : existing.email());
  }

  /** For a caller's new customer: the contact belongs to the customer and site made with it. */
  void belongsTo(UUID customerId, UUID siteId) {
    this.customerId = customerId;
    this.siteId = siteId;
  }

  /** Nothing typed: the caller's form may leave the contact out. */
  boolean blank() {
    return fields().stream().allMatch(f -> f.valueProperty().get() == null || f.valueProperty().get().isBlank());
  }

  @Override
  public String kind() {
    return "contact";
  }

  @Override
  protected Object build() {
    return new Contact(id, customerId, siteId, value("name"), value("email"), value("phone"), value("jobTitle"), null);
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertContact((Contact) record);
  }
}
