package com.fieldops.workorder.replica;

import com.fieldops.common.Ids;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.Labels;
import com.fieldops.replica.store.MutationRecorder;
import com.fieldops.replica.store.MutationTypes;
import com.fieldops.replica.store.PhotoFiles;
import com.fieldops.replica.sync.ServerPhoto;
import com.fieldops.replica.sync.SyncEngine;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.PhotoFormat;
import com.fieldops.workorder.mutation.AddAttachment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Photos of a job on this device. {@link #attach} keeps the bytes in the replica file and records the
 * {@code AddAttachment} mutation at once, offline or not; the sync engine's uploader sends the bytes
 * when there is signal, resuming after a cut. {@link #photos} tells each photo's upload state and
 * {@link #bytes} reads a photo from the device, or else from the server (kept for next time).
 */
public final class JobPhotos {
  private static final Logger LOG = LoggerFactory.getLogger(JobPhotos.class);
  private static final String ADD_ATTACHMENT = AddAttachment.class.getSimpleName();

  private final MutationRecorder recorder;
  private final PhotoFiles files;
  private final SyncEngine engine;
  private final WorkOrderQueries queries;

  public JobPhotos(MutationRecorder recorder, SyncEngine engine) {
    this.recorder = recorder;
    this.files = new PhotoFiles(recorder.store().database());
    this.engine = engine;
    this.queries = new WorkOrderQueries(recorder.store());
  }

  /**
   * Attaches a photo (JPEG or PNG bytes, already downscaled by the app) to the job: checked with the
   * server's rules (a picture, at most {@link Attachment#MAX_BYTES}), kept on the device, recorded.
   * A refusal records nothing and keeps nothing.
   */
  public CommandOutcome attach(UUID workOrderId, byte[] bytes, String fileName, Instant takenAt) {
    if (bytes == null || bytes.length == 0) {
      return recorder.refused("file", "refused.photo.empty");
    }
    if (bytes.length > Attachment.MAX_BYTES) {
      return new CommandOutcome.Refused("TOO_LARGE", "file", recorder.messages().get("refused.photo.tooLarge",
          Attachment.MAX_BYTES >> 20, String.format(Locale.ROOT, "%.1f", bytes.length / 1048576.0)));
    }
    Optional<PhotoFormat> format = PhotoFormat.of(bytes);
    if (format.isEmpty()) {
      return recorder.refused("file", "refused.photo.notImage");
    }
    String sha256 = sha256(bytes);
    UUID attachmentId = Ids.newId();
    // the bytes first, committed: a kill before the mutation leaves only bytes the server may keep unused
    files.queue(sha256, format.get().contentType(), bytes, workOrderId, attachmentId, recorder.clock().instant());
    AddAttachment payload = new AddAttachment(attachmentId, AttachmentKind.PHOTO, fileName, format.get().contentType(),
        bytes.length, sha256, null, takenAt);
    CommandOutcome outcome = recorder.record(payload, MutationTypes.entityTypeOf(ADD_ATTACHMENT), workOrderId,
        recorder.messages().get("action.AddAttachment", Labels.provisional(workOrderId)));
    if (outcome instanceof CommandOutcome.Refused) {
      files.forget(sha256);
    } else {
      LOG.info("event=photo.queued workOrder={} attachment={} sha256={} size={}", workOrderId, attachmentId, sha256,
          bytes.length);
    }
    return outcome;
  }

  /** The job's photos, oldest first, each with its upload state; empty if the job is not on this device. */
  public List<JobPhoto> photos(UUID workOrderId) {
    List<Attachment> photos = queries.workOrder(workOrderId).map(d -> d.attachments().stream()
        .filter(a -> a.kind() == AttachmentKind.PHOTO).toList()).orElse(List.of());
    Map<String, PhotoFiles.Entry> here = files.entries(photos.stream().map(Attachment::sha256).distinct().toList());
    String uploading = engine.uploadingPhoto();
    return photos.stream().map(a -> {
      PhotoFiles.Entry e = here.get(a.sha256());
      if (e == null || e.state() == PhotoFiles.State.SENT || e.state() == PhotoFiles.State.CACHED) {
        return new JobPhoto(a, JobPhoto.Upload.SENT, null);
      }
      if (e.state() == PhotoFiles.State.REFUSED) {
        return new JobPhoto(a, JobPhoto.Upload.REFUSED, e.reason());
      }
      return new JobPhoto(a, a.sha256().equals(uploading) ? JobPhoto.Upload.UPLOADING : JobPhoto.Upload.WAITING, null);
    }).toList();
  }

  /**
   * A photo's bytes: from this device if it has them, else from the server (blocking: call it off the
   * UI thread), kept on the device for next time. Empty when neither has them (no signal, not uploaded).
   */
  public Optional<byte[]> bytes(UUID workOrderId, String sha256) {
    Optional<byte[]> here = files.bytes(sha256);
    if (here.isPresent()) {
      return here;
    }
    Optional<ServerPhoto> fetched = engine.photo(workOrderId, sha256);
    fetched.filter(p -> sha256.equals(sha256(p.bytes())))
        .ifPresent(p -> files.cache(sha256, p.contentType(), p.bytes(), recorder.clock().instant()));
    return fetched.map(ServerPhoto::bytes);
  }

  /** Photos of this device still to upload. */
  public int waitingCount() {
    return files.count(PhotoFiles.State.WAITING);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
