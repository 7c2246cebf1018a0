package com.fieldops.mobile.device;

import java.util.Optional;

/** The device's position, when it has one (GPS off, indoors, a desktop: empty). Never blocks. */
public interface PositionSource {
  Optional<GeoFix> current();

  static PositionSource none() {
    return Optional::empty;
  }
}
