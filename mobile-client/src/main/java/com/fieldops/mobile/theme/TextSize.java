package com.fieldops.mobile.theme;

/**
 * The app's own text size, on top of the phone's (DisplayInfo.textScale): a technician in a dim
 * basement or without reading glasses picks Large; every font in the app scales, layouts wrap.
 */
public enum TextSize {
  NORMAL(1.0),
  LARGE(1.25),
  LARGEST(1.5);

  private final double factor;

  TextSize(double factor) {
    this.factor = factor;
  }

  public double factor() {
    return factor;
  }

  /** A stored name; anything unknown (an older or damaged settings file) reads as NORMAL. */
  public static TextSize parse(String s) {
    for (TextSize t : values()) {
      if (t.name().equalsIgnoreCase(s)) {
        return t;
      }
    }
    return NORMAL;
  }
}
