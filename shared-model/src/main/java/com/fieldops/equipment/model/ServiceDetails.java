package com.fieldops.equipment.model;

import com.fieldops.common.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a completed job did to the machine, kept with its history line (the work order itself stays
 * as it was: decision 0018). {@code firstTimeFix} null: not said (a job completed without the
 * completion form, e.g. by an older console).
 *
 * @param labourMinutes the job's labour time entries, summed
 * @param parts         the parts used on the job, with their serials
 * @param meterReading  the last meter reading taken on the job, if any ({@code meterUnit} its unit)
 */
public record ServiceDetails(
    @Size(max = 32, message = "{completion.failureCode.size}") String failureCode,
    Boolean firstTimeFix,
    boolean followUpNeeded,
    @PositiveOrZero(message = "{servicedetails.labour.negative}") long labourMinutes,
    @Size(max = 500, message = "{servicedetails.parts.size}") List<@NotNull(message = "{servicedetails.part.required}") @Valid PartFitted> parts,
    BigDecimal meterReading,
    @Size(max = 16, message = "{meterreading.unit.size}") String meterUnit) {

  public ServiceDetails {
    parts = Lists.copy(parts);
  }

  /** A part used on the job: which, how many, and the serial of a serialized one. */
  public record PartFitted(@NotNull(message = "{partusage.part.required}") UUID partId, int quantity,
      @Size(max = 64, message = "{serialNumber.size}") String serialNumber) {}
}
