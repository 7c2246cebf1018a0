package com.fieldops.mobile.device;

/** The screen: a phone's, or a desktop window shown at phone size. */
public interface DisplayInfo {
  boolean isPhone();

  /** The person's text size setting, 1.0 = normal; the app scales its fonts by it. */
  double textScale();
}
