package com.fieldops.common;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** An amount in one currency. Never a double: cents must add up on invoices. */
public record Money(
    @NotNull(message = "{money.amount.required}")
    @Digits(integer = 12, fraction = 4, message = "{money.amount.digits}") BigDecimal amount,
    @NotNull(message = "{money.currency.required}") Currency currency) {

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO.setScale(currency.getDefaultFractionDigits()), currency);
  }

  public boolean negative() {
    return amount != null && amount.signum() < 0;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money times(long quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  /** Rounded to the currency's minor unit (2 for EUR/USD/CNY), half-up as on invoices. */
  public Money rounded() {
    return new Money(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
    }
  }
}
