package com.fieldops.report.model;

import com.fieldops.common.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The customer's drawn signature on the phone, kept as pen strokes on a pad of {@code padWidth} by
 * {@code padHeight} so the report draws it as vectors. Documents written before strokes existed hold
 * only {@code imagePngBase64} (and no strokes): they stay readable, and a report prints that picture.
 *
 * @param imagePngBase64 the drawing as a base64 PNG, only in documents from before strokes; new
 *                       signatures leave it out
 * @param customerComment what the customer wrote next to their signature (optional)
 */
public record CustomerSignature(
    @NotBlank(message = "{signature.signerName.required}") @Size(max = 200, message = "{signature.signerName.size}") String signerName,
    @NotNull(message = "{signature.signedAt.required}") Instant signedAt,
    @Size(min = 16, max = 2_000_000, message = "{signature.image.size}")
    @Pattern(regexp = "^[A-Za-z0-9+/]+={0,2}$", message = "{signature.image.format}") String imagePngBase64,
    double padWidth,
    double padHeight,
    List<@NotNull(message = "{signature.stroke.points.required}") @Valid SignatureStroke> strokes,
    @Size(max = 2000, message = "{signature.customerComment.size}") String customerComment) {

  public CustomerSignature {
    strokes = Lists.copy(strokes);
  }

  /** A signature as documents before strokes held it: a picture only. */
  public CustomerSignature(String signerName, Instant signedAt, String imagePngBase64) {
    this(signerName, signedAt, imagePngBase64, 0, 0, List.of(), null);
  }

  /** Whether the signature can be drawn as vectors (every signature since strokes exist). */
  public boolean hasStrokes() {
    return !strokes.isEmpty() && padWidth > 0 && padHeight > 0;
  }
}
