package com.fieldops.server.photo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.error.DomainException.Kind;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.PhotoFormat;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import com.fieldops.workorder.model.WorkOrder;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photo bytes, apart from the {@code AddAttachment} mutation that names them by SHA-256.
 *
 * <pre>
 * PUT /api/v1/photos/{sha256}?size=TOTAL&amp;offset=N   body: bytes [N, N+len) (application/octet-stream)
 * GET /api/v1/photos/{sha256}/upload                 how many bytes the server has: where to resume
 * GET /api/v1/work-orders/{workOrderId}/photos/{sha256}   the bytes, to whoever sees the job
 * </pre>
 *
 * Idempotent by content: bytes already stored answer "complete" at once and are never stored twice.
 * Resumable: a phone that lost its connection asks how much arrived and sends the rest from there; a
 * chunk at any other offset is refused (409) and changes nothing. The whole is checked against its
 * SHA-256 before it is kept; the first bytes must be a JPEG or PNG; the size is limited to
 * {@link Attachment#MAX_BYTES} (413 before any byte is read). Uploading is open to any signed-in user
 * (the bytes alone show nothing); reading is scoped like the job whose attachment names the hash.
 */
public final class PhotoController {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoController.class);
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private final Database db;
  private final Clock clock;
  private final PhotoStore store = new PhotoStore();
  private final EntityStore entities;

  public PhotoController(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.entities = new EntityStore(db.dialect());
  }

  public PhotoStore store() {
    return store;
  }

  /** {@code PUT /api/v1/photos/{sha256}?size=&offset=}. */
  public void upload(Context ctx) {
    Principal caller = Callers.of(ctx);
    String sha256 = sha256(ctx);
    Optional<Long> stored = db.read(c -> store.photoSize(c, sha256));
    if (stored.isPresent()) {
      // the same bytes again (a retry, or another phone's copy): nothing to read, nothing to store
      ctx.json(progress(sha256, stored.get(), stored.get(), true));
      return;
    }
    long size = longParam(ctx, "size");
    long offset = longParam(ctx, "offset");
    if (size < 1) {
      throw DomainException.badParameter("size");
    }
    if (size > Attachment.MAX_BYTES) {
      throw DomainException.of(Kind.TOO_LARGE, "PHOTO_TOO_LARGE", "photo.error.tooLarge", "size",
          Attachment.MAX_BYTES >> 20, megabytes(size));
    }
    byte[] chunk = ctx.bodyAsBytes();
    Map<String, Object> answer = db.write(c -> {
      Optional<PhotoStore.Partial> partial = store.partial(c, sha256);
      byte[] have = partial.filter(p -> p.totalBytes() == size).map(PhotoStore.Partial::received).orElse(new byte[0]);
      if (offset != have.length) {
        throw DomainException.of(Kind.CONFLICT, "UPLOAD_OFFSET", "photo.error.wrongOffset", "offset", have.length);
      }
      if (offset + chunk.length > size) {
        throw DomainException.of(Kind.INVALID, "UPLOAD_BEYOND_SIZE", "photo.error.beyondSize", "size", size);
      }
      byte[] now = new byte[have.length + chunk.length];
      System.arraycopy(have, 0, now, 0, have.length);
      System.arraycopy(chunk, 0, now, have.length, chunk.length);
      Optional<PhotoFormat> format = PhotoFormat.of(now);
      if (format.isEmpty() && now.length >= 8) {
        store.dropPartial(c, sha256);
        throw DomainException.of(Kind.UNSUPPORTED_FORM, "NOT_AN_IMAGE", "photo.error.notImage", "file");
      }
      long millis = clock.millis();
      if (now.length < size) {
        store.savePartial(c, sha256, size, now, caller.userId(), millis);
        return progress(sha256, now.length, size, false);
      }
      if (format.isEmpty()) {
        throw DomainException.of(Kind.UNSUPPORTED_FORM, "NOT_AN_IMAGE", "photo.error.notImage", "file");
      }
      store.dropPartial(c, sha256);
      if (!sha256Of(now).equals(sha256)) {
        LOG.warn("event=photo_hash_mismatch sha256={} size={} user={}", sha256, size, caller.userId());
        throw DomainException.of(Kind.INVALID, "HASH_MISMATCH", "photo.error.hashMismatch", "sha256");
      }
      boolean kept = store.keep(c, sha256, format.get().contentType(), now, caller.userId(), millis);
      LOG.info("event=photo_stored sha256={} size={} type={} user={} new={}", sha256, size,
          format.get().contentType(), caller.userId(), kept);
      return progress(sha256, size, size, true);
    });
    ctx.json(answer);
  }

  /** {@code GET /api/v1/photos/{sha256}/upload}: where a cut upload resumes. */
  public void status(Context ctx) {
    String sha256 = sha256(ctx);
    Map<String, Object> answer = db.read(c -> {
      Optional<Long> stored = store.photoSize(c, sha256);
      if (stored.isPresent()) {
        return progress(sha256, stored.get(), stored.get(), true);
      }
      Optional<PhotoStore.Partial> partial = store.partial(c, sha256);
      return progress(sha256, partial.map(p -> (long) p.received().length).orElse(0L),
          partial.map(PhotoStore.Partial::totalBytes).orElse(null), false);
    });
    ctx.json(answer);
  }

  /** {@code GET /api/v1/work-orders/{workOrderId}/photos/{sha256}}: the job's photo, to who sees the job. */
  public void bytes(Context ctx) {
    String sha256 = sha256(ctx);
    UUID workOrderId;
    try {
      workOrderId = UUID.fromString(ctx.pathParam("workOrderId"));
    } catch (IllegalArgumentException e) {
      throw DomainException.badParameter("workOrderId");
    }
    Actor actor = Callers.of(ctx).actor();
    Optional<PhotoStore.StoredPhoto> photo = db.read(c -> {
      Optional<StoredEntity> wo = entities.find(c, "WorkOrder", workOrderId, false);
      if (wo.isEmpty() || WorkOrderAccess.check(actor, parse(wo.get().data(), WorkOrder.class), workOrderId)
          .isPresent()) {
        return Optional.empty();
      }
      for (StoredEntity e : entities.childrenOf(c, workOrderId)) {
        if (e.type().equals("Attachment") && sha256.equals(parse(e.data(), Attachment.class).sha256())) {
          return store.photo(c, sha256);
        }
      }
      return Optional.empty();
    });
    // outside the caller's scope, not on this job, or not uploaded yet: all read as absent
    PhotoStore.StoredPhoto p = photo.orElseThrow(() -> DomainException.notFound("photo " + sha256));
    ctx.header("ETag", "\"" + p.sha256() + "\"");
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    ctx.contentType(p.contentType()).result(p.bytes());
  }

  private static Map<String, Object> progress(String sha256, long received, Long size, boolean complete) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sha256", sha256);
    out.put("received", received);
    out.put("sizeBytes", size);
    out.put("complete", complete);
    return out;
  }

  private static String sha256(Context ctx) {
    String s = ctx.pathParam("sha256");
    if (!SHA256.matcher(s).matches()) {
      throw DomainException.badParameter("sha256");
    }
    return s;
  }

  private static long longParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    try {
      long n = Long.parseLong(v == null ? "" : v.trim());
      if (n < 0) {
        throw DomainException.badParameter(name);
      }
      return n;
    } catch (NumberFormatException e) {
      throw DomainException.badParameter(name);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
  }

  static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
