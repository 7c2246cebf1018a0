/**
 * The client's offline replica and sync engine, shared by the desktop console and the phone app.
 *
 * <p>Entry point: {@link com.fieldops.replica.Replica} (open one with {@link com.fieldops.replica.Replicas}).
 * The local view is server state plus the user's pending mutations replayed on top, so the UI
 * always shows the user's own work. No JavaFX here: listeners are plain callbacks invoked on a
 * replica thread, which the UIs adapt to properties (e.g. with {@code Platform.runLater}).
 */
package com.fieldops.replica;
