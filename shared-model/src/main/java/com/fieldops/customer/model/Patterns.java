package com.fieldops.customer.model;

/** Formats shared by several records. */
public final class Patterns {
  /** Jakarta's @Email accepts {@code a@b}; a mail server won't, so require a dot in the domain. */
  public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  /** International or local phone numbers: digits, spaces, dashes, dots, brackets, one leading plus. */
  public static final String PHONE = "^\\+?[0-9 ()./-]{5,30}$";
  /** BCP 47 language tag, language with optional region: {@code en}, {@code zh-CN}. */
  public static final String LANGUAGE = "^[a-z]{2,3}(-[A-Z]{2})?$";

  private Patterns() {}
}
