package com.fieldops.desktop.masterdata;

import com.fieldops.customer.model.Address;

/** The address inputs of a form (street, postal code, city, region, country), as one record field. */
final class AddressFields {
  private AddressFields() {}

  static void add(RecordForm form, String prefix, Address a, String defaultCountry) {
    form.text(prefix + ".street", "masterdata.address.street", a == null ? "" : a.street());
    form.text(prefix + ".postalCode", "masterdata.address.postalCode", a == null ? "" : a.postalCode());
    form.text(prefix + ".city", "masterdata.address.city", a == null ? "" : a.city());
    form.text(prefix + ".region", "masterdata.address.region", a == null ? "" : a.region());
    form.text(prefix + ".countryCode", "masterdata.address.country", a == null ? defaultCountry : a.countryCode(), "CN");
  }

  /** The address typed; a lower-case country code is taken as meant ("cn" is CN). */
  static Address read(RecordForm form, String prefix) {
    String country = form.value(prefix + ".countryCode");
    return new Address(form.value(prefix + ".street"), form.value(prefix + ".postalCode"), form.value(prefix + ".city"),
        form.value(prefix + ".region"), country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
  }
}
