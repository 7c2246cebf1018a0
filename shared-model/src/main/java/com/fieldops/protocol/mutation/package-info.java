/**
 * Typed mutation payloads and the pure functions that apply them to current state.
 *
 * <p>The server applies a pushed mutation with these functions; the client replica replays its
 * still-pending mutations with the same functions on top of pulled server state. They take the
 * current entities (through {@link com.fieldops.protocol.mutation.EntityLookup}), the mutation and
 * the acting user, and return either the entities to write or a rejection with a message key.
 * No I/O, no clock, no server code.
 *
 * <p>Adding a mutation: a payload record in this package and one {@code register} line in
 * {@link com.fieldops.protocol.registry.MutationRegistry} naming its handler.
 */
package com.fieldops.protocol.mutation;
