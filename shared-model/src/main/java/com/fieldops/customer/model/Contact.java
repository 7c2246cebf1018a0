package com.fieldops.customer.model;

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

/** A person at the customer: who calls, who lets the technician in, who signs. */
@CrossFieldRules
public record Contact(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{contact.customer.required}") UUID customerId,
    UUID siteId,
    @NotBlank(message = "{contact.name.required}") @Size(max = 200, message = "{contact.name.size}") String name,
    @Email(regexp = Patterns.EMAIL, message = "{email.format}") @Size(max = 254, message = "{email.size}") String email,
    @Pattern(regexp = Patterns.PHONE, message = "{phone.format}") String phone,
    @Size(max = 100, message = "{contact.jobTitle.size}") String jobTitle,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .require(notBlank(email) || notBlank(phone), "phone", "contact.reachable")
        .breaches();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
