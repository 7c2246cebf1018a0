package com.fieldops.mobile.signature;

import com.fieldops.client.visit.PadStroke;
import java.time.Instant;
import java.util.List;

/** What the customer drew, as vectors on a pad of {@code width}×{@code height}, with their name and the device time. */
public record CapturedSignature(List<PadStroke> strokes, double width, double height, String signerName, Instant signedAt) {
  public CapturedSignature {
    strokes = List.copyOf(strokes);
  }
}
