package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A caller not yet known, taken while on the phone: their customer, the site the job is at and
 * (optionally) the person calling, checked all together and recorded together, so the new work
 * order can go on with them. Nothing is recorded while any of the three has a wrong field.
 */
public final class NewCallerForm {
  private final ConsoleContext ctx;
  private final CustomerForm customer;
  private final SiteForm site;
  private final ContactForm contact;
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public NewCallerForm(ConsoleContext ctx, Replica replica, String defaultRegion, String defaultCountry) {
    this.ctx = ctx;
    this.customer = new CustomerForm(ctx, replica, null, defaultCountry);
    this.site = new SiteForm(ctx, replica, customer.id(), null, defaultRegion, defaultCountry);
    this.contact = new ContactForm(ctx, replica, customer.id(), site.id(), null);
  }

  public List<RecordForm> parts() {
    return List.of(customer, site, contact);
  }

  /** Validates all three (the contact only if anything was typed), then records them off the UI thread. */
  public void save(BiConsumer<UUID, UUID> saved) {
    if (busy.get()) {
      return;
    }
    Object c = customer.validated();
    Object s = site.validated();
    boolean withContact = !contact.blank();
    Object p = withContact ? contact.validated() : null;
    if (!withContact) {
      contact.errorsCleared(); // a blank contact is left out, not refused
    }
    if (c == null || s == null || withContact && p == null) {
      return;
    }
    busy.set(true);
    ctx.tasks().run("save new caller", () -> {
      CommandOutcome out = customer.record(c);
      if (out instanceof CommandOutcome.Recorded) {
        out = site.record(s);
      } else {
        return new Step(customer, out);
      }
      if (!(out instanceof CommandOutcome.Recorded)) {
        return new Step(site, out);
      }
      return withContact ? new Step(contact, contact.record(p)) : new Step(contact, out);
    }, step -> {
      busy.set(false);
      if (step.outcome() instanceof CommandOutcome.Refused r) {
        step.form().show(r);
      } else {
        saved.accept(customer.id(), site.id());
      }
    }, e -> {
      busy.set(false);
      customer.messageProperty().set(messages().text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  private record Step(RecordForm form, CommandOutcome outcome) {}

  public CustomerForm customer() {
    return customer;
  }

  public SiteForm site() {
    return site;
  }

  public ContactForm contact() {
    return contact;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public Messages messages() {
    return ctx.messages();
  }
}
