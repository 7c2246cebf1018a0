package com.fieldops.common;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** WGS84 coordinates in degrees. */
public record GeoPoint(
    @DecimalMin(value = "-90", message = "{geo.latitude.range}")
    @DecimalMax(value = "90", message = "{geo.latitude.range}") double latitude,
    @DecimalMin(value = "-180", message = "{geo.longitude.range}")
    @DecimalMax(value = "180", message = "{geo.longitude.range}") double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Great-circle distance, for "nearest technician" suggestions. */
  public double distanceKmTo(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
  }
}
