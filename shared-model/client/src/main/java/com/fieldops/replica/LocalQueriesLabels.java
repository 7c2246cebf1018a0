package com.fieldops.replica;

import java.util.Locale;
import java.util.UUID;

/** The provisional label of a work order before the server numbers it (as {@code WorkOrder.provisionalLabel()}). */
final class LocalQueriesLabels {
  private LocalQueriesLabels() {}

  static String provisional(UUID id) {
    String hex = id.toString().replace("-", "");
    return "#" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
  }
}
