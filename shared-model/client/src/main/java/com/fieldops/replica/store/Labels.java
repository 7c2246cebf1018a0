package com.fieldops.replica.store;

import java.util.Locale;
import java.util.UUID;

/** The provisional label of a record before the server numbers it (as {@code WorkOrder.provisionalLabel()}). */
public final class Labels {
  private Labels() {}

  /** "#" and the last six hex digits of the id, without building the whole record per row. */
  public static String provisional(UUID id) {
    String hex = id.toString().replace("-", "");
    return "#" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT);
  }
}
