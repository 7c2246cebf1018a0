package com.fieldops.protocol;

import java.util.List;

/** One result per pushed mutation, in the same order. */
public record PushResponse(List<MutationResult> results) {}
