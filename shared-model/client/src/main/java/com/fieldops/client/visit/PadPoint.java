package com.fieldops.client.visit;

/** A point of a pen stroke on the signature pad, in pad pixels from its top-left corner. */
public record PadPoint(double x, double y) {}
