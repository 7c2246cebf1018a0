package com.fieldops.client.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {
  private static final double W = 350;
  private static final double H = 200;

  @Test
  void anEmptyPadAndNoNameAreBothSaidNextToTheirField() {
    assertThat(SignatureCheck.problems(List.of(), W, H, " "))
        .containsEntry("strokes", "signaturePad.empty")
        .containsEntry("signerName", "signaturePad.nameRequired");
  }

  @Test
  void aDotOrATapIsNotASignature() {
    PadStroke dot = new PadStroke(List.of(new PadPoint(100, 100)));
    PadStroke tap = new PadStroke(List.of(new PadPoint(100, 100), new PadPoint(103, 101)));
    assertThat(SignatureCheck.problems(List.of(dot, tap), W, H, "Anna Schmidt"))
        .containsOnlyKeys("strokes").containsEntry("strokes", "signaturePad.dot");
  }

  @Test
  void strokesOffThePadAreRefusedByTheSharedRule() {
    PadStroke off = new PadStroke(List.of(new PadPoint(10, 10), new PadPoint(500, 100), new PadPoint(20, 190)));
    assertThat(SignatureCheck.problems(List.of(off), W, H, "Anna")).containsEntry("strokes", "signaturePad.invalid");
  }

  @Test
  void aDrawnNameWithASignerIsAccepted() {
    List<PadPoint> points = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      points.add(new PadPoint(20 + i * 8, 100 + (i % 2 == 0 ? -15 : 15)));
    }
    assertThat(SignatureCheck.problems(List.of(new PadStroke(points)), W, H, "Anna Schmidt")).isEmpty();
    assertThat(SignatureCheck.strokes(List.of(new PadStroke(points))).get(0).points()).hasSize(30);
  }
}
