package com.fieldops.report.mutation;

import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import java.util.List;
import java.util.Optional;

/**
 * Whether drawn strokes are a signature a customer could have written on the pad: the phone checks it
 * before recording, the server before applying (the same rule). Refusals name {@code strokes} or the
 * pad's size.
 */
public final class SignatureInk {
  /** Pads are phone and tablet screens: a side of more than this is no pad. */
  public static final double MAX_PAD_SIDE = 10_000;
  /** A pad smaller than this cannot take a signature. */
  public static final double MIN_PAD_SIDE = 50;
  public static final int MAX_STROKES = 500;
  /** Total points in one signature (all strokes): more is no handwriting. */
  public static final int MAX_TOTAL_POINTS = SignatureStroke.MAX_POINTS;
  /** Fewer points than this is a dot or a tap, not a signature. */
  public static final int MIN_TOTAL_POINTS = 3;
  /** The ink must span at least this share of the pad's width or height, else it is a dot. */
  public static final double MIN_EXTENT_SHARE = 0.05;

  private SignatureInk() {}

  public static Optional<Rejection> check(double padWidth, double padHeight, List<SignatureStroke> strokes) {
    if (!side(padWidth)) {
      return refuse("padWidth", "protocol.rejected.signaturePad", fmt(MIN_PAD_SIDE), fmt(MAX_PAD_SIDE));
    }
    if (!side(padHeight)) {
      return refuse("padHeight", "protocol.rejected.signaturePad", fmt(MIN_PAD_SIDE), fmt(MAX_PAD_SIDE));
    }
    if (strokes == null || strokes.isEmpty()) {
      return refuse("strokes", "protocol.rejected.signatureEmpty");
    }
    if (strokes.size() > MAX_STROKES) {
      return refuse("strokes", "protocol.rejected.signatureTooManyStrokes", String.valueOf(MAX_STROKES));
    }
    long total = 0;
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (SignatureStroke s : strokes) {
      if (s == null || s.points() == null) {
        return refuse("strokes", "protocol.rejected.signatureEmpty");
      }
      total += s.points().size();
      if (total > MAX_TOTAL_POINTS) {
        return refuse("strokes", "protocol.rejected.signatureTooManyPoints", String.valueOf(MAX_TOTAL_POINTS));
      }
      for (SignaturePoint p : s.points()) {
        if (p == null || !(p.x() >= 0 && p.x() <= padWidth && p.y() >= 0 && p.y() <= padHeight)) {
          return refuse("strokes", "protocol.rejected.signatureOutsidePad", fmt(padWidth), fmt(padHeight));
        }
        minX = Math.min(minX, p.x());
        minY = Math.min(minY, p.y());
        maxX = Math.max(maxX, p.x());
        maxY = Math.max(maxY, p.y());
      }
    }
    boolean tooSmall = total < MIN_TOTAL_POINTS
        || (maxX - minX < MIN_EXTENT_SHARE * padWidth && maxY - minY < MIN_EXTENT_SHARE * padHeight);
    if (tooSmall) {
      return refuse("strokes", "protocol.rejected.signatureDot");
    }
    return Optional.empty();
  }

  private static boolean side(double v) {
    return Double.isFinite(v) && v >= MIN_PAD_SIDE && v <= MAX_PAD_SIDE;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static Optional<Rejection> refuse(String field, String key, String... args) {
    return Optional.of(Rejection.of(Codes.INVALID, key, field, args));
  }
}
