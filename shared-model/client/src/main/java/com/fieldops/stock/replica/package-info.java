/**
 * The stock part of the device's replica: its queries over the local view and, where they add
 * something to the generic {@code Replica.record}, its commands. Uses only the replica's store and
 * sync infrastructure and the shared rules; the facade {@code com.fieldops.replica.Replica} hands it out.
 */
package com.fieldops.stock.replica;
