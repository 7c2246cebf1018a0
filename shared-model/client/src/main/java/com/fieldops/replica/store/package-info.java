/**
 * The local SQLite replica: entity documents of the local view, the server's shadow copies of
 * the entities it overlays, the outbox and the sync state. Internal to the replica.
 */
package com.fieldops.replica.store;
