package com.fieldops.identity.model;

import com.fieldops.common.Lists;
import com.fieldops.common.Money;
import com.fieldops.customer.model.Patterns;
import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A field technician.
 *
 * @param userId             the user who signs in as this technician
 * @param vanStockLocationId the van's stock location (parts on board)
 * @param timeZone           zone of {@code weeklyHours}
 * @param hourlyRate         what an hour of this technician's work on site is billed at (labour and
 *                           waiting); null = not set, the job's costs then say so
 * @param travelRate         what an hour of travel to a job is billed at; null = the hourly rate.
 *                           Travel is billed by time (the phone records travel time, not distance),
 *                           docs/decisions/0019
 */
@CrossFieldRules
public record Technician(
    @NotNull(message = "{id.required}") UUID id,
    UUID userId,
    @NotBlank(message = "{technician.name.required}") @Size(max = 200, message = "{technician.name.size}") String name,
    @Email(regexp = Patterns.EMAIL, message = "{email.format}") @Size(max = 254, message = "{email.size}") String email,
    @Pattern(regexp = Patterns.PHONE, message = "{phone.format}") String phone,
    @NotBlank(message = "{region.required}") @Size(max = 64, message = "{region.size}") String region,
    @Size(max = 50, message = "{technician.skills.size}")
    List<@NotNull(message = "{technician.skill.required}") @Valid Skill> skills,
    UUID vanStockLocationId,
    @NotNull(message = "{technician.timeZone.required}") ZoneId timeZone,
    @Size(max = 21, message = "{technician.hours.size}")
    List<@NotNull(message = "{technician.hours.required}") @Valid WorkingHours> weeklyHours,
    List<@NotNull(message = "{technician.absence.required}") @Valid Absence> absences,
    boolean active,
    @Valid Money hourlyRate,
    @Valid Money travelRate) implements CrossFieldChecked {

  /** A technician without rates (the shape before costs per job). */
  public Technician(UUID id, UUID userId, String name, String email, String phone, String region, List<Skill> skills,
      UUID vanStockLocationId, ZoneId timeZone, List<WorkingHours> weeklyHours, List<Absence> absences, boolean active) {
    this(id, userId, name, email, phone, region, skills, vanStockLocationId, timeZone, weeklyHours, absences, active,
        null, null);
  }

  public Technician {
    skills = Lists.copy(skills);
    weeklyHours = Lists.copy(weeklyHours);
    absences = Lists.copy(absences);
  }

  /** The level in {@code skillCode}, if the technician has it. */
  public OptionalInt levelIn(String skillCode) {
    return skills.stream().filter(Objects::nonNull).filter(s -> s.code().equals(skillCode))
        .mapToInt(Skill::level).findFirst();
  }

  public boolean hasSkill(String skillCode, int minLevel) {
    return levelIn(skillCode).orElse(0) >= minLevel;
  }

  public boolean absentOn(LocalDate day) {
    return absences.stream().filter(Objects::nonNull).anyMatch(a -> a.from() != null && a.to() != null && a.covers(day));
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    long distinct = skills.stream().filter(Objects::nonNull).map(Skill::code).distinct().count();
    long all = skills.stream().filter(Objects::nonNull).count();
    return Rules.check()
        .require(distinct == all, "skills", "technician.skills.duplicate")
        .when(hourlyRate != null, () -> !hourlyRate.negative(), "hourlyRate", "technician.rate.negative")
        .when(travelRate != null, () -> !travelRate.negative(), "travelRate", "technician.rate.negative")
        // one technician is billed in one currency: a job's costs never add two currencies
        .when(hourlyRate != null && travelRate != null && hourlyRate.currency() != null,
            () -> hourlyRate.currency().equals(travelRate.currency()), "travelRate", "technician.rate.currency")
        .breaches();
  }

  /** The rate of an hour of {@code travel} or of work on site; null if none is set. */
  public Money rateFor(boolean travel) {
    return travel && travelRate != null ? travelRate : hourlyRate;
  }
}
