/** The sync engine: sign-in, push of the outbox, pull of changes, the live poke, back-off. Internal. */
package com.fieldops.replica.sync;
