package com.fieldops.report.model;

/**
 * One sampled point of a pen stroke, in the signature pad's own units (the phone's pixels), origin at
 * the pad's top left, y downwards. Coordinates are checked against the pad when the signature is
 * given ({@code com.fieldops.report.mutation.SignatureInk}).
 */
public record SignaturePoint(double x, double y) {}
