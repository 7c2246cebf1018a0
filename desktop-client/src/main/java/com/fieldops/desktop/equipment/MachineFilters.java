package com.fieldops.desktop.equipment;

import com.fieldops.replica.view.EquipmentRow;
import java.util.List;
import java.util.Locale;

/**
 * The equipment list's separate filters next to the free-text search: customer, site (name or city),
 * maker or model; each blank one lets everything through, the others must all match (case-insensitive).
 */
record MachineFilters(String customer, String site, String model) {
  List<EquipmentRow> apply(List<EquipmentRow> rows) {
    String c = needle(customer);
    String s = needle(site);
    String m = needle(model);
    return rows.stream()
        .filter(r -> c.isEmpty() || has(r.customerName(), c))
        .filter(r -> s.isEmpty() || has(r.siteName(), s) || has(r.siteCity(), s))
        .filter(r -> m.isEmpty() || has(r.equipment().manufacturer(), m) || has(r.equipment().model(), m)
            || has(r.equipment().manufacturer() + " " + r.equipment().model(), m))
        .toList();
  }

  private static String needle(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean has(String value, String needle) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
  }
}
