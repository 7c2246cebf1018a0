/**
 * The one registry of mutation types and change-log entity kinds
 * ({@link com.fieldops.protocol.registry.MutationRegistry}), the names derived from it
 * ({@link com.fieldops.protocol.registry.EntityNames}) and the one way to decode and apply a mutation
 * envelope ({@link com.fieldops.protocol.registry.Mutations}). It imports every feature's
 * {@code mutation} package; no feature imports it.
 */
package com.fieldops.protocol.registry;
