/**
 * The mutation framework: what every mutation's pure function takes and returns
 * ({@link com.fieldops.protocol.mutation.MutationContext}, {@link com.fieldops.protocol.mutation.Outcome},
 * {@link com.fieldops.protocol.mutation.Rejection}), who acts ({@link com.fieldops.protocol.mutation.Actor}),
 * the rejection codes and answers shared by all features.
 *
 * <p>The payloads and functions live with their feature ({@code com.fieldops.<feature>.mutation}).
 * The server applies a pushed mutation with them; the client replica replays its still-pending
 * mutations with the same functions on top of pulled server state. No I/O, no clock, no server
 * code. Adding a mutation: see {@link com.fieldops.protocol.registry.MutationRegistry}.
 */
package com.fieldops.protocol.mutation;
