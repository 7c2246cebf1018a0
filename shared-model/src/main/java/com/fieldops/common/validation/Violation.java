package com.fieldops.common.validation;

/**
 * One problem with an input, for a person.
 *
 * @param field   the property path, e.g. {@code scheduledEnd} or {@code address.city}; empty if
 *                the object as a whole is wrong
 * @param message a sentence in the caller's language
 */
public record Violation(String field, String message) {}
