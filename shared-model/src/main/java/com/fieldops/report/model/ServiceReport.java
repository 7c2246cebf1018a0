package com.fieldops.report.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The service report of a completed job: the snapshot, the customer's signature, and (once the
 * server rendered and signed it) the PDF's hash and size. The PDF bytes are stored by the server.
 */
@CrossFieldRules
public record ServiceReport(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{report.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{report.snapshot.required}") @Valid ReportSnapshot snapshot,
    @Valid CustomerSignature signature,
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "{report.pdfSha256.format}") String pdfSha256,
    @Min(value = 0, message = "{report.pdfSize.min}") long pdfSizeBytes,
    @NotNull(message = "{report.createdAt.required}") Instant createdAt) implements CrossFieldChecked {

  /**
   * The id of a job's report: one report per job, so a second signature finds the first by id (the
   * rules look records up by id only) and is refused. Clients send it as the envelope's entityId.
   */
  public static UUID idFor(UUID workOrderId) {
    return UUID.nameUUIDFromBytes(("service-report:" + workOrderId).getBytes(StandardCharsets.UTF_8));
  }

  public boolean signed() {
    return signature != null;
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(pdfSha256 != null, () -> signature != null, "signature", "report.pdf.unsigned")
        .breaches();
  }
}
