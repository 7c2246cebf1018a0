package com.fieldops.report.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The customer's drawn signature on the phone.
 *
 * @param imagePngBase64 the drawing as a base64 PNG (a few KB); text, so records compare by value
 */
public record CustomerSignature(
    @NotBlank(message = "{signature.signerName.required}") @Size(max = 200, message = "{signature.signerName.size}") String signerName,
    @NotNull(message = "{signature.signedAt.required}") Instant signedAt,
    @NotNull(message = "{signature.image.required}") @Size(min = 16, max = 2_000_000, message = "{signature.image.size}")
    @Pattern(regexp = "^[A-Za-z0-9+/]+={0,2}$", message = "{signature.image.format}") String imagePngBase64) {}
