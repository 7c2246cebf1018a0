package com.fieldops.mobile.photo;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.mobile.device.Camera;
import com.fieldops.mobile.device.Photo;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.workorder.model.Attachment;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The photos of one job on the phone: take or pick one (downscaled here, then attached through the
 * replica at once, offline or not), and the job's photos as thumbnails with their upload state, kept
 * current as the uploader works. A picture that is not a photo or too large gets a message next to the
 * buttons and records nothing.
 */
public final class JobPhotosViewModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobPhotosViewModel.class);
  static final double THUMB = 96;
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private final Replica replica;
  private final UUID workOrderId;
  private final TaskRunner tasks;
  private final Messages msg;
  private final Camera camera;
  private final Clock clock;
  private final ObservableList<PhotoTile> tiles = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  /** Thumbnails already decoded, by hash: a state change must not decode every picture again. */
  private final Map<String, Image> thumbnails = new ConcurrentHashMap<>();
  private final LiveRefresh live;
  /** Reads of the photo list started; only the newest may set the tiles. */
  private final java.util.concurrent.atomic.AtomicLong reads = new java.util.concurrent.atomic.AtomicLong();

  public JobPhotosViewModel(Replica replica, UUID workOrderId, TaskRunner tasks, Messages msg, Camera camera, Clock clock) {
    this.replica = replica;
    this.workOrderId = workOrderId;
    this.tasks = tasks;
    this.msg = msg;
    this.camera = camera;
    this.clock = clock;
    this.live = new LiveRefresh(replica, tasks, Set.of(EntityTypes.ATTACHMENT), this::refresh);
    refresh();
  }

  public ObservableList<PhotoTile> tiles() {
    return tiles;
  }

  /** A refusal, next to the buttons; empty when there is none. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** What just happened ("Photo added..."), in neutral words. */
  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  /** True from the tap until the photo is recorded (the buttons wait). */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public CompletableFuture<Void> takePhoto() {
    return attachFrom(camera.takePhoto(), "photo");
  }

  public CompletableFuture<Void> pickPhoto() {
    return attachFrom(camera.pickPhoto(), "picked");
  }

  private CompletableFuture<Void> attachFrom(CompletableFuture<Optional<Photo>> picture, String kind) {
    message.set("");
    info.set("");
    busy.set(true);
    CompletableFuture<Void> done = new CompletableFuture<>();
    picture.whenComplete((photo, error) -> tasks.run("attach a photo", () -> attach(photo, error, kind), text -> {
      busy.set(false);
      message.set(text.refusal());
      info.set(text.info());
      refresh();
      done.complete(null);
    }, e -> {
      busy.set(false);
      message.set(msg.text("photos.failed"));
      done.complete(null);
    }));
    return done;
  }

  private record Said(String refusal, String info) {}

  /** Off the UI thread: downscale, then record; what to say. */
  private Said attach(Optional<Photo> photo, Throwable error, String kind) {
    if (error != null || photo == null || photo.isEmpty()) {
      return new Said("", ""); // cancelled, or no camera: nothing to say, nothing recorded
    }
    PhotoDownscaler.Result prepared = PhotoDownscaler.prepare(photo.get().bytes());
    if (prepared instanceof PhotoDownscaler.Result.NotAPhoto) {
      LOG.info("event=photo.refused reason=notAPhoto workOrder={} bytes={}", workOrderId, photo.get().bytes().length);
      return new Said(msg.text("photos.notImage"), "");
    }
    if (prepared instanceof PhotoDownscaler.Result.TooLarge t) {
      LOG.info("event=photo.refused reason=tooLarge workOrder={} mb={}", workOrderId, t.megabytes());
      return new Said(msg.text("photos.tooLarge", String.format(Locale.ROOT, "%.1f", t.megabytes()),
          Attachment.MAX_BYTES >> 20), "");
    }
    PhotoDownscaler.Result.Ready ready = (PhotoDownscaler.Result.Ready) prepared;
    String fileName = kind + "-" + FILE_TIME.format(clock.instant()) + ".jpg";
    CommandOutcome outcome = replica.photos().attach(workOrderId, ready.jpeg(), fileName, clock.instant());
    if (outcome instanceof CommandOutcome.Refused r) {
      return new Said(r.message(), "");
    }
    LOG.info("event=photo.taken workOrder={} bytes={} width={} height={}", workOrderId, ready.jpeg().length,
        ready.width(), ready.height());
    return new Said("", msg.text("photos.added"));
  }

  public void refresh() {
    // only the newest read may show: an older one finishing late would put back "Uploading" over "Sent"
    // (the uploader tells the screen once per cycle now, so no later notice would correct it)
    long mine = reads.incrementAndGet();
    tasks.run("load the job's photos", this::load, now -> {
      if (mine == reads.get() && !tiles.equals(now)) {
        tiles.setAll(now);
      }
      // "sent when there is signal" is out of date once no photo waits on the phone any more
      if (mine == reads.get() && now.stream().noneMatch(t -> t.upload() == JobPhoto.Upload.WAITING
          || t.upload() == JobPhoto.Upload.UPLOADING) && info.get().equals(msg.text("photos.added"))) {
        info.set("");
      }
    }, e -> { });
  }

  private List<PhotoTile> load() {
    List<PhotoTile> out = new ArrayList<>();
    for (JobPhoto p : replica.photos().photos(workOrderId)) {
      Image thumb = thumbnails.get(p.sha256());
      if (thumb == null && p.upload() != JobPhoto.Upload.REFUSED) {
        thumb = replica.photos().bytes(workOrderId, p.sha256())
            .map(b -> new Image(new ByteArrayInputStream(b), THUMB, THUMB, true, true))
            .filter(i -> !i.isError()).orElse(null);
        if (thumb != null) {
          thumbnails.put(p.sha256(), thumb);
        }
      }
      out.add(new PhotoTile(p.attachment().id(), p.sha256(), p.upload(), stateText(p), thumb));
    }
    return out;
  }

  private String stateText(JobPhoto p) {
    return p.upload() == JobPhoto.Upload.REFUSED ? msg.text("photos.state.REFUSED", p.reason() == null ? "" : p.reason())
        : msg.text("photos.state." + p.upload().name());
  }

  @Override
  public void close() {
    live.close();
  }
}
