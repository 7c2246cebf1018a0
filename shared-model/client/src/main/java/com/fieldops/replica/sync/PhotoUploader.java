package com.fieldops.replica.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.PhotoFiles;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the photos waiting in the replica to {@code PUT /api/v1/photos/{sha256}} in chunks, one photo
 * after the other, during a sync cycle. A photo cut before (lost signal) starts by asking the server how
 * much already arrived and goes on from there; one never tried starts at 0, and a server that already has
 * part of it (a killed app) answers 409 with the same question, all of it (another phone) "complete". A photo the server refuses for good (413, 415, a damaged file) is
 * marked refused with the server's words and the next one goes on; no signal or a server in trouble
 * ends the cycle, and the engine's back-off tries again later.
 */
final class PhotoUploader {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoUploader.class);
  /** Bytes per request: a cut on a weak uplink loses at most this much, and the server rewrites fewer partials. */
  static final int CHUNK = 1024 * 1024;
  /** The server disagrees about the offset (another device uploads the same bytes): ask again at most this often. */
  private static final int OFFSET_RETRIES = 3;

  private final PhotoFiles files;
  private final SyncHttp http;
  private final ReplicaMessages messages;
  private final SyncEngine.Callbacks callbacks;
  private final BooleanSupplier stop;
  private final BooleanSupplier otherWorkWaiting;
  private volatile String current;

  PhotoUploader(PhotoFiles files, SyncHttp http, ReplicaMessages messages, SyncEngine.Callbacks callbacks,
      BooleanSupplier stop, BooleanSupplier otherWorkWaiting) {
    this.files = files;
    this.http = http;
    this.messages = messages;
    this.callbacks = callbacks;
    this.stop = stop;
    this.otherWorkWaiting = otherWorkWaiting;
  }

  /** The hash of the photo on its way now, or null. */
  String uploading() {
    return current;
  }

  /**
   * Uploads the waiting photos, least-tried first. Returns early when another sync is asked for (a new
   * action should not wait behind twenty photos: the next cycle pushes it, then goes on here).
   */
  void uploadAll() throws IOException, SyncHttpException {
    Set<String> tried = new HashSet<>();
    while (!stop.getAsBoolean()) {
      Optional<PhotoFiles.Entry> next = files.waiting().stream().filter(e -> !tried.contains(e.sha256())).findFirst();
      if (next.isEmpty()) {
        return;
      }
      PhotoFiles.Entry photo = next.get();
      tried.add(photo.sha256());
      current = photo.sha256();
      changed(photo);
      try {
        long t0 = System.nanoTime();
        long sent = upload(photo);
        files.sent(photo.sha256());
        LOG.info("event=photo.uploaded sha256={} size={} sentBytes={} ms={}", photo.sha256(), photo.sizeBytes(), sent,
            (System.nanoTime() - t0) / 1_000_000);
      } catch (IOException e) {
        files.countAttempt(photo.sha256()); // goes behind the others next time
        throw e;
      } catch (SyncHttpException e) {
        if (!e.isClientError()) {
          files.countAttempt(photo.sha256());
          throw e;
        }
        String reason = e.error != null && e.error.message() != null ? e.error.message()
            : messages.get("sync.rejected.request", e.status);
        files.refused(photo.sha256(), reason);
        LOG.warn("event=photo.refused sha256={} status={} code={} reason={}", photo.sha256(), e.status,
            e.error == null ? null : e.error.code(), reason);
      } finally {
        current = null;
        changed(photo);
      }
      if (otherWorkWaiting.getAsBoolean()) {
        return;
      }
    }
  }

  /** Sends what the server lacks of one photo; the number of bytes sent. */
  private long upload(PhotoFiles.Entry photo) throws IOException, SyncHttpException {
    Optional<byte[]> stored = files.bytes(photo.sha256());
    if (stored.isEmpty()) {
      return 0;
    }
    byte[] bytes = stored.get();
    // never tried from here: start at 0 without asking (a server that has some or all of it says so: 409 or complete)
    long offset = photo.attempts() == 0 ? 0 : resumeAt(photo.sha256(), bytes.length);
    if (offset > 0) {
      LOG.info("event=photo.resume sha256={} offset={} size={}", photo.sha256(), offset, bytes.length);
    }
    long sent = 0;
    int conflicts = 0;
    while (offset >= 0 && offset < bytes.length && !stop.getAsBoolean()) {
      int length = (int) Math.min(CHUNK, bytes.length - offset);
      try {
        JsonNode answer = http.putPhoto(photo.sha256(), bytes.length, offset, bytes, (int) offset, length);
        sent += length;
        offset = answer.path("complete").asBoolean() ? bytes.length : answer.path("received").asLong(offset + length);
      } catch (SyncHttpException e) {
        if (e.status != 409 || ++conflicts > OFFSET_RETRIES) {
          throw e;
        }
        offset = resumeAt(photo.sha256(), bytes.length);
      }
    }
    if (offset < bytes.length) {
      throw new IOException("photo upload stopped (closing)");
    }
    return sent;
  }

  /** Where to go on: the bytes the server has of this photo (all of them when complete). */
  private long resumeAt(String sha256, int size) throws IOException, SyncHttpException {
    JsonNode status = http.photoUpload(sha256);
    if (status.path("complete").asBoolean()) {
      return size;
    }
    return status.path("sizeBytes").asLong(-1) == size ? status.path("received").asLong(0) : 0;
  }

  private void changed(PhotoFiles.Entry photo) {
    if (photo.attachmentId() != null) {
      Touched t = new Touched();
      t.add(EntityTypes.ATTACHMENT, photo.attachmentId());
      callbacks.dataChanged(t, false);
    }
    callbacks.statusChanged();
  }
}
