package com.fieldops.identity.admin;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.customer.model.Patterns;
import com.fieldops.identity.model.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** A user's new role with what it needs (region, technician), and their language. */
@CrossFieldRules
public record UserRoleChange(
    @NotNull(message = "{user.role.required}") Role role,
    @Size(max = 64, message = "{region.size}") String region,
    UUID technicianId,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return RoleRules.breaches(role, region, technicianId);
  }
}
