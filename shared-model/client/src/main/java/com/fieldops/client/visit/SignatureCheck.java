package com.fieldops.client.visit;

import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.report.mutation.SignatureInk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Is what is on the pad a signature a customer could be held to? Checked on the phone at the moment
 * of signing, so a scribble is refused while the customer is still there. Whether the strokes are
 * ink is the report feature's shared rule ({@link SignatureInk}, which the server applies too); this
 * only turns its verdict into the phone's words, field by field: the keys ({@code signaturePad.*}) are
 * in each app's own bundle, like the countdown's words.
 */
public final class SignatureCheck {
  private SignatureCheck() {}

  /** Field → message key of what is wrong; empty when the signature may be recorded. */
  public static Map<String, String> problems(List<PadStroke> strokes, double padWidth, double padHeight, String signerName) {
    Map<String, String> out = new LinkedHashMap<>();
    if (strokes == null || strokes.isEmpty()) {
      out.put("strokes", "signaturePad.empty");
    } else {
      SignatureInk.check(padWidth, padHeight, strokes(strokes)).ifPresent(r -> out.put("strokes",
          r.messageKey().endsWith("signatureEmpty") ? "signaturePad.empty"
              : r.messageKey().endsWith("signatureDot") ? "signaturePad.dot" : "signaturePad.invalid"));
    }
    if (signerName == null || signerName.isBlank()) {
      out.put("signerName", "signaturePad.nameRequired");
    } else if (signerName.strip().length() > 200) {
      out.put("signerName", "signaturePad.nameTooLong");
    }
    return out;
  }

  /** The pad's strokes as the report's vectors. */
  public static List<SignatureStroke> strokes(List<PadStroke> strokes) {
    return strokes.stream()
        .map(s -> new SignatureStroke(s.points().stream().map(p -> new SignaturePoint(p.x(), p.y())).toList()))
        .toList();
  }

  /** Total line drawn, in pad pixels. */
  public static double ink(List<PadStroke> strokes) {
    return strokes.stream().mapToDouble(PadStroke::length).sum();
  }
}
