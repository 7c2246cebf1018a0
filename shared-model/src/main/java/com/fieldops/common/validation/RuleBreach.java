package com.fieldops.common.validation;

/**
 * A broken cross-field rule.
 *
 * @param field      the field to blame (where a form shows the message)
 * @param messageKey key in {@code ValidationMessages}, without braces
 */
public record RuleBreach(String field, String messageKey) {}
