package com.fieldops.identity.admin;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.customer.model.Patterns;
import com.fieldops.identity.model.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A user an admin creates with an initial password, which the admin hands over (the user may sign
 * in with it at once; decision 0021).
 */
@CrossFieldRules
public record NewUser(
    @NotNull(message = "{user.username.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "{user.username.format}") String username,
    @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{user.displayName.size}") String displayName,
    @NotNull(message = "{user.role.required}") Role role,
    @Size(max = 64, message = "{region.size}") String region,
    UUID technicianId,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language,
    @NotNull(message = "{useradmin.password.size}")
    @Size(min = PasswordReset.MIN, max = PasswordReset.MAX, message = "{useradmin.password.size}") String password)
    implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return RoleRules.breaches(role, region, technicianId);
  }

  @Override
  public String toString() {
    return "NewUser[" + username + ", " + role + "]"; // never the password
  }
}
