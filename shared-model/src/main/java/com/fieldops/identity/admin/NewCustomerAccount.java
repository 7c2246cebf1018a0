package com.fieldops.identity.admin;

import com.fieldops.customer.model.Patterns;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An account for a customer contact on the customer's pages (role CUSTOMER): it belongs to the contact
 * and sees their company's visits, machines and open jobs. The admin hands over the initial password
 * as for any user (decision 0021). The display name is the contact's; {@code language} null = the
 * contact's language, else the browser's.
 */
public record NewCustomerAccount(
    @NotNull(message = "{user.username.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,63}$", message = "{user.username.format}") String username,
    @NotNull(message = "{user.contact.required}") UUID contactId,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language,
    @NotNull(message = "{useradmin.password.size}")
    @Size(min = PasswordReset.MIN, max = PasswordReset.MAX, message = "{useradmin.password.size}") String password) {

  @Override
  public String toString() {
    return "NewCustomerAccount[" + username + ", contact " + contactId + "]"; // never the password
  }
}
