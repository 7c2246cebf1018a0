package com.fieldops.report.mutation;

import com.fieldops.common.validation.DeviceTime;
import com.fieldops.report.model.SignatureStroke;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer signs the completed job {@code workOrderId} on the technician's phone. The envelope's
 * {@code entityId} is the report's id, {@code ServiceReport.idFor(workOrderId)}. The strokes are in
 * the pad's units ({@code padWidth} x {@code padHeight}); {@code signedAt} is the device time.
 */
public record SignServiceReport(
    @NotNull(message = "{report.workOrder.required}") UUID workOrderId,
    @NotBlank(message = "{signature.signerName.required}") @Size(max = 200, message = "{signature.signerName.size}") String signerName,
    @NotNull(message = "{signature.signedAt.required}") @DeviceTime(message = "{signature.signedAt.window}") Instant signedAt,
    double padWidth,
    double padHeight,
    @NotNull(message = "{signature.strokes.required}") @Size(max = SignatureInk.MAX_STROKES, message = "{signature.strokes.tooMany}")
    List<@NotNull(message = "{signature.stroke.points.required}") @Valid SignatureStroke> strokes,
    @Size(max = 2000, message = "{signature.customerComment.size}") String customerComment) {}
