package com.fieldops.identity.model;

import com.fieldops.customer.model.Patterns;
import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Someone who signs in. The password hash is the server's business and never part of this record.
 *
 * @param technicianId the technician this user is (role TECHNICIAN only)
 * @param contactId    the customer contact this user is (role CUSTOMER only)
 * @param region       the region a dispatcher or supervisor looks after
 */
@CrossFieldRules
public record User(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{user.username.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "{user.username.format}") String username,
    @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{user.displayName.size}") String displayName,
    @Email(regexp = Patterns.EMAIL, message = "{email.format}") @Size(max = 254, message = "{email.size}") String email,
    @NotNull(message = "{user.role.required}") Role role,
    UUID technicianId,
    UUID contactId,
    @Size(max = 64, message = "{region.size}") String region,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language,
    boolean active) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .require((role == Role.TECHNICIAN) == (technicianId != null), "technicianId",
            role == Role.TECHNICIAN ? "user.technician.required" : "user.technician.notAllowed")
        .require((role == Role.CUSTOMER) == (contactId != null), "contactId",
            role == Role.CUSTOMER ? "user.contact.required" : "user.contact.notAllowed")
        .when(role == Role.DISPATCHER || role == Role.SUPERVISOR, () -> region != null && !region.isBlank(),
            "region", "user.region.required")
        .breaches();
  }
}
