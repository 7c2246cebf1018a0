package com.fieldops.replica.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.PhotoFiles;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
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
  /** Confirmed photos marked sent together at most this many at a time (one commit, one notice to the screens). */
  static final int MARK_EVERY_PHOTOS = 8;
  /** ... or after this long, whichever comes first: the screen shows progress on a slow uplink. */
  static final long MARK_EVERY_NANOS = 3_000_000_000L;

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
   * action should not wait behind twenty photos: the next cycle pushes it, then goes on here). Photos the
   * server confirmed are marked sent together (see {@link Marks}); the marks of a cycle cut by a lost
   * connection are still written on the way out.
   */
  void uploadAll() throws IOException, SyncHttpException {
    Set<String> tried = new HashSet<>();
    Marks marks = new Marks();
    List<PhotoFiles.Entry> queue = files.waiting();
    try {
      while (!stop.getAsBoolean()) {
        Optional<PhotoFiles.Entry> next = untried(queue, tried);
        if (next.isEmpty()) {
          queue = files.waiting(); // photos taken while this cycle ran
          next = untried(queue, tried);
          if (next.isEmpty()) {
            return;
          }
        }
        PhotoFiles.Entry photo = next.get();
        tried.add(photo.sha256());
        current = photo.sha256();
        marks.starting(photo);
        try {
          long t0 = System.nanoTime();
          long sent = upload(photo);
          marks.sent(photo);
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
          marks.refused(photo, reason);
          LOG.warn("event=photo.refused sha256={} status={} code={} reason={}", photo.sha256(), e.status,
              e.error == null ? null : e.error.code(), reason);
        } finally {
          marks.ended(photo); // sent, refused or cut: the screen must stop showing it as uploading
        }
        if (otherWorkWaiting.getAsBoolean()) {
          return;
        }
      }
    } finally {
      current = null;
      marks.flush();
    }
  }

  private static Optional<PhotoFiles.Entry> untried(List<PhotoFiles.Entry> queue, Set<String> tried) {
    return queue.stream().filter(e -> !tried.contains(e.sha256())).findFirst();
  }

  /**
   * The marks of one cycle: photos the server has confirmed complete are written sent (those it refused
   * for good, refused) in one commit and the screens told once, when the cycle ends or, on a long queue, every {@link #MARK_EVERY_PHOTOS}
   * photos or {@link #MARK_EVERY_NANOS} (so the screen is never long behind). Crash-safe by order: a photo
   * joins the batch only after the server's answer says it is complete, so a mark is never early; a kill
   * before the commit loses marks, and the photo is offered again (the server keeps bytes by hash and
   * answers "complete"; a refused one is refused again).
   */
  private final class Marks {
    private final Set<String> sent = new java.util.LinkedHashSet<>();
    private final java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
    private Touched told = new Touched();
    private boolean anythingToTell;
    private boolean startTold;
    private long since = System.nanoTime();

    /** A photo starts: the first of the cycle (and the first after a flush) shows as uploading. */
    void starting(PhotoFiles.Entry photo) {
      touch(photo);
      if (!startTold || sent.size() >= MARK_EVERY_PHOTOS || System.nanoTime() - since >= MARK_EVERY_NANOS) {
        startTold = true;
        flush();
      }
    }

    void sent(PhotoFiles.Entry photo) {
      sent.add(photo.sha256());
    }

    /** Refused for good: written with the cycle's other marks, so the screen shows them together. */
    void refused(PhotoFiles.Entry photo, String reason) {
      refused.put(photo.sha256(), reason);
    }

    /** The photo's attempt is over, whatever its outcome: it is in the next notice. */
    void ended(PhotoFiles.Entry photo) {
      touch(photo);
    }

    private void touch(PhotoFiles.Entry photo) {
      anythingToTell = true;
      if (photo.attachmentId() != null) {
        told.add(EntityTypes.ATTACHMENT, photo.attachmentId());
      }
    }

    void flush() {
      if (!sent.isEmpty() || !refused.isEmpty()) {
        long t0 = System.nanoTime();
        files.marks(sent, refused);
        LOG.info("event=photo.marked_sent photos={} refused={} ms={}", sent.size(), refused.size(),
            (System.nanoTime() - t0) / 1_000_000);
        sent.clear();
        refused.clear();
      }
      if (anythingToTell) {
        if (!told.isEmpty()) {
          callbacks.dataChanged(told, false);
        }
        callbacks.statusChanged();
      }
      told = new Touched(); // the listeners may still read the one handed over
      anythingToTell = false;
      since = System.nanoTime();
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

}
