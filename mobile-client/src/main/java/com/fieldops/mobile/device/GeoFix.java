package com.fieldops.mobile.device;

import java.time.Instant;

/** Where the device was, and when it knew it. */
public record GeoFix(double latitude, double longitude, Instant at) {}
