package com.fieldops.protocol;

/** Body of a server-sent {@code changes} event: a poke; the data itself still comes by pull. */
public record ChangesWaiting(long latestSeq) {}
