package com.fieldops.identity.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A skill a technician has, at a level from 1 (trainee) to 5 (expert).
 *
 * @param code upper-case code shared with work orders' {@code requiredSkill}, e.g. {@code HVAC}
 */
public record Skill(
    @NotNull(message = "{skill.code.required}")
    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", message = "{skill.code.format}") String code,
    @Min(value = 1, message = "{skill.level.range}") @Max(value = 5, message = "{skill.level.range}") int level) {}
