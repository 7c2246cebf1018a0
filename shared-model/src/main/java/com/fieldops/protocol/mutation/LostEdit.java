package com.fieldops.protocol.mutation;

/** One field edit that lost to an edit applied earlier in server order; reported to its author. */
public record LostEdit(String field, String attemptedValue, String currentValue) {}
