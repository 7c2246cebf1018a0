package com.fieldops.report.model;

import com.fieldops.common.Lists;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One pen-down-to-pen-up line of the customer's signature, kept as vectors so the report can draw
 * it sharp at any zoom (a picture would blur when printed or zoomed).
 */
public record SignatureStroke(
    // no @NotNull on the list: an absent list becomes empty, which SignatureInk refuses as a dot
    @Size(max = SignatureStroke.MAX_POINTS, message = "{signature.strokes.tooManyPoints}")
    List<@NotNull(message = "{signature.stroke.points.required}") SignaturePoint> points) {

  /** More points than this in one signature is no handwriting (a phone samples ~60-120 per second). */
  public static final int MAX_POINTS = 20_000;

  public SignatureStroke {
    points = Lists.copy(points);
  }
}
