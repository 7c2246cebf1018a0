package com.fieldops.desktop.report;

/** A rating drawn as stars, e.g. ★★★★☆ for 4 of 5. */
public final class Stars {
  /** The style of a low rating's text (fieldops.css): the danger colour. */
  public static final String LOW_STYLE = "fo-low-rating";

  private Stars() {}

  public static String of(int rating) {
    int r = Math.max(0, Math.min(5, rating));
    return "★".repeat(r) + "☆".repeat(5 - r);
  }
}
