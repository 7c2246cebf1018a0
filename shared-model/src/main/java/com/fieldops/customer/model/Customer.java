package com.fieldops.customer.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A company (or person) FieldOps does service for.
 *
 * @param accountNumber the customer's number in the company's books, e.g. {@code C-000123}
 * @param language      BCP 47 tag of the language for reports and e-mails, e.g. {@code zh-CN}
 */
public record Customer(
    @NotNull(message = "{id.required}") UUID id,
    @NotBlank(message = "{customer.name.required}") @Size(max = 200, message = "{customer.name.size}") String name,
    @Size(max = 32, message = "{customer.accountNumber.size}") String accountNumber,
    @Email(regexp = Patterns.EMAIL, message = "{email.format}") @Size(max = 254, message = "{email.size}") String email,
    @Pattern(regexp = Patterns.PHONE, message = "{phone.format}") String phone,
    @NotNull(message = "{customer.billingAddress.required}") @Valid Address billingAddress,
    @Pattern(regexp = Patterns.LANGUAGE, message = "{language.format}") String language) {}
