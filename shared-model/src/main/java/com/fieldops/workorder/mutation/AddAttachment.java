package com.fieldops.workorder.mutation;

import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A photo (or document) attached to the work order named by the envelope's {@code entityId}. Only the
 * metadata travels here; the bytes go to {@code PUT /api/v1/photos/{sha256}} apart, before or after
 * (the job shows the photo once both have arrived). The envelope's {@code recordedAt} is when it was
 * attached.
 */
public record AddAttachment(
    @NotNull(message = "{id.required}") UUID attachmentId,
    @NotNull(message = "{attachment.kind.required}") AttachmentKind kind,
    @NotBlank(message = "{attachment.fileName.required}") @Size(max = 255, message = "{attachment.fileName.size}") String fileName,
    @NotNull(message = "{attachment.contentType.required}")
    @Pattern(regexp = "^[a-z]+/[a-zA-Z0-9.+-]+$", message = "{attachment.contentType.format}") String contentType,
    @Min(value = 1, message = "{attachment.size.min}") @Max(value = Attachment.MAX_BYTES, message = "{attachment.size.max}") long sizeBytes,
    @NotNull(message = "{attachment.sha256.required}")
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "{attachment.sha256.format}") String sha256,
    @Size(max = 500, message = "{attachment.caption.size}") String caption,
    Instant takenAt) {}
