package com.fieldops.workorder.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A photo or document on a job. This record is the metadata; the bytes travel separately and are
 * identified (and checked) by {@code sha256}.
 */
@CrossFieldRules
public record Attachment(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{attachment.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{attachment.kind.required}") AttachmentKind kind,
    @NotBlank(message = "{attachment.fileName.required}") @Size(max = 255, message = "{attachment.fileName.size}") String fileName,
    @NotNull(message = "{attachment.contentType.required}")
    @Pattern(regexp = "^[a-z]+/[a-zA-Z0-9.+-]+$", message = "{attachment.contentType.format}") String contentType,
    @Min(value = 1, message = "{attachment.size.min}") @Max(value = MAX_BYTES, message = "{attachment.size.max}") long sizeBytes,
    @NotNull(message = "{attachment.sha256.required}")
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "{attachment.sha256.format}") String sha256,
    @Size(max = 500, message = "{attachment.caption.size}") String caption,
    Instant takenAt,
    @NotNull(message = "{attachment.uploadedBy.required}") UUID uploadedBy,
    @NotNull(message = "{attachment.createdAt.required}") Instant createdAt) implements CrossFieldChecked {

  /** 25 MB: a phone photo is 2-6 MB; more is a video or a mistake. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(kind == AttachmentKind.PHOTO && contentType != null, () -> contentType.startsWith("image/"),
            "contentType", "attachment.photo.notImage")
        .breaches();
  }
}
