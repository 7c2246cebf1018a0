package com.fieldops.mobile.report;

/** A rating drawn as stars, e.g. ★★★★☆ for 4 of 5. */
final class Stars {
  private Stars() {}

  static String of(int rating) {
    int r = Math.max(0, Math.min(5, rating));
    return "★".repeat(r) + "☆".repeat(5 - r);
  }
}
