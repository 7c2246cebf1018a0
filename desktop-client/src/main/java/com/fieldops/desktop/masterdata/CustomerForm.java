package com.fieldops.desktop.masterdata;

import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.replica.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A customer: name, account number, phone, e-mail, billing address, language of reports. */
public final class CustomerForm extends RecordForm {

  /** {@code existing} null: a new customer, in {@code defaultCountry} (ISO code, may be blank). */
  public CustomerForm(ConsoleContext ctx, Replica replica, Customer existing, String defaultCountry) {
    super(ctx, replica, existing == null ? null : existing.id());
    Address a = existing == null ? null : existing.billingAddress();
    text("name", "masterdata.customer.name", existing == null ? "" : existing.name());
    text("accountNumber", "masterdata.customer.accountNumber", existing == null ? "" : existing.accountNumber(), "C-000123");
    text("phone", "masterdata.phone", existing == null ? "" : existing.phone(), "+86 21 5555 0100");
    text("email", "masterdata.email", existing == null ? "" : existing.email());
    AddressFields.add(this, "billingAddress", a, defaultCountry);
    String language = existing == null ? msg.locale().toLanguageTag() : existing.language();
    choice("language", "masterdata.language", language, languages(language));
  }

  /** The languages reports and e-mails are written in, by their names in the console's language. */
  private List<Choice<String>> languages(String current) {
    List<String> tags = new ArrayList<>(List.of("zh-CN", "en", "de", "fr", "es", "ja"));
    if (current != null && !current.isBlank() && !tags.contains(current)) {
      tags.add(current);
    }
    return tags.stream().map(t -> new Choice<>(t, Locale.forLanguageTag(t).getDisplayName(msg.locale()))).toList();
  }

  @Override
  public String kind() {
    return "customer";
  }

  @Override
  protected Object build() {
    return new Customer(id, value("name"), value("accountNumber"), value("email"), value("phone"),
        AddressFields.read(this, "billingAddress"), value("language"));
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertCustomer((Customer) record);
  }

  /** The name as typed (for the form that continues with this customer). */
  public String name() {
    return value("name");
  }
}
