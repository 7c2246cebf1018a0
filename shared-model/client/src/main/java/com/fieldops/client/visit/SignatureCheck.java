package com.fieldops.client.visit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is what is on the pad a signature a customer could be held to? Checked on the phone at the moment
 * of signing, so a scribble is refused while the customer is still there.
 *
 * <p>A signature needs ink: at least one stroke, and more drawn line than a dot or a tap (a quarter of
 * the pad's shorter side, or {@link #MIN_INK_PX} whichever is smaller), and a signer's name.
 */
public final class SignatureCheck {
  /** Below this much line the pad holds a dot or a slip of the glove, not a signature. */
  public static final double MIN_INK_PX = 40;

  private SignatureCheck() {}

  /** Field → message key of what is wrong; empty when the signature may be recorded. */
  public static Map<String, String> problems(List<PadStroke> strokes, double padWidth, double padHeight, String signerName) {
    Map<String, String> out = new LinkedHashMap<>();
    if (strokes == null || strokes.isEmpty()) {
      out.put("strokes", "signature.strokes.empty");
    } else if (ink(strokes) < Math.min(MIN_INK_PX, Math.min(padWidth, padHeight) / 4)) {
      out.put("strokes", "signature.strokes.tooLittle");
    }
    if (signerName == null || signerName.isBlank()) {
      out.put("signerName", "signature.name.required");
    } else if (signerName.strip().length() > 200) {
      out.put("signerName", "signature.name.size");
    }
    return out;
  }

  /** Total line drawn, in pad pixels. */
  public static double ink(List<PadStroke> strokes) {
    return strokes.stream().mapToDouble(PadStroke::length).sum();
  }
}
