package com.fieldops.report.model;

import com.fieldops.common.Lists;
import com.fieldops.customer.model.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the report shows, frozen at signing: later edits to the customer or the job must not change
 * a signed document. Times print in {@code siteTimeZone}.
 */
public record ReportSnapshot(
    @NotBlank(message = "{report.workOrderNumber.required}") String workOrderNumber,
    @NotBlank(message = "{customer.name.required}") String customerName,
    @NotBlank(message = "{site.name.required}") String siteName,
    @NotNull(message = "{site.address.required}") @Valid Address siteAddress,
    @NotNull(message = "{site.timeZone.required}") ZoneId siteTimeZone,
    String equipmentSerialNumber,
    String equipmentModel,
    @NotBlank(message = "{workorder.problem.required}") @Size(max = 4000, message = "{workorder.problem.size}") String problem,
    @NotBlank(message = "{workorder.resolution.required}") @Size(max = 4000, message = "{workorder.resolution.size}") String resolution,
    @NotBlank(message = "{report.technicianName.required}") String technicianName,
    Instant arrivedAt,
    @NotNull(message = "{report.completedAt.required}") Instant completedAt,
    List<@NotNull @Valid LabourLine> labour,
    List<@NotNull @Valid PartLine> parts,
    List<@NotNull UUID> photoAttachmentIds,
    @NotNull(message = "{report.slaOutcome.required}") SlaOutcome slaOutcome) {

  public ReportSnapshot {
    labour = Lists.copy(labour);
    parts = Lists.copy(parts);
    photoAttachmentIds = Lists.copy(photoAttachmentIds);
  }
}
