/**
 * The client's offline replica and sync engine, shared by the desktop console and the phone app.
 *
 * <p>Entry point: {@link com.fieldops.replica.Replica} (open one with {@link com.fieldops.replica.Replicas}),
 * a facade that hands out each feature's part ({@code replica.workOrders()}, {@code customers()},
 * {@code equipment()}, {@code stock()}, {@code reports()}, {@code sla()}, {@code identity()}, from
 * {@code com.fieldops.<feature>.replica}) and records any registered mutation with
 * {@code record(entityId, payload)}. Below it: {@code replica.store} (local SQLite view, outbox,
 * the shared mutation recorder) and {@code replica.sync} (session, push, pull, live stream, retry),
 * which know no feature. The local view is server state plus the user's pending mutations replayed
 * on top, so the UI always shows the user's own work. No JavaFX here: listeners are plain callbacks
 * invoked on a replica thread, which the UIs adapt to properties (e.g. with {@code Platform.runLater}).
 */
package com.fieldops.replica;
