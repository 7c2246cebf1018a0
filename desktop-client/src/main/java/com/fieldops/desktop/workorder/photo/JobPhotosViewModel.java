package com.fieldops.desktop.workorder.photo;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.view.JobPhoto;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * The photos of the work order open in the console: thumbnails loaded off the UI thread from the
 * replica's copy or else the server (and kept in the replica for next time); a click opens the photo
 * large. A photo whose bytes have not reached the server yet says so instead of a picture.
 */
public final class JobPhotosViewModel implements AutoCloseable {
  static final double THUMB = 120;
  static final double LARGE = 1000;

  private final Replica replica;
  private final TaskRunner tasks;
  private final Messages msg;
  private final ObservableList<PhotoThumb> thumbs = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Image> large = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper largeCaption = new ReadOnlyStringWrapper("");
  private final Map<String, Image> decoded = new ConcurrentHashMap<>();
  private final LiveRefresh live;
  private final java.util.function.Supplier<ZoneId> zone;
  private volatile UUID workOrderId;

  /** {@code zone}: where the times are shown (the site's, as in the attachments list above). */
  public JobPhotosViewModel(Replica replica, TaskRunner tasks, Messages msg, java.util.function.Supplier<ZoneId> zone) {
    this.replica = replica;
    this.tasks = tasks;
    this.msg = msg;
    this.zone = zone;
    this.live = new LiveRefresh(replica, tasks, Set.of(EntityTypes.ATTACHMENT), this::refresh);
  }

  public ObservableList<PhotoThumb> thumbs() {
    return thumbs;
  }

  /** The photo opened large (null while none is, or while it loads). */
  public ReadOnlyObjectProperty<Image> largeProperty() {
    return large.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty largeCaptionProperty() {
    return largeCaption.getReadOnlyProperty();
  }

  /** Shows the photos of this job (null: none). */
  public void show(UUID workOrderId) {
    if (!java.util.Objects.equals(this.workOrderId, workOrderId)) {
      thumbs.clear();
    }
    this.workOrderId = workOrderId;
    refresh();
  }

  void refresh() {
    UUID id = workOrderId;
    if (id == null) {
      return;
    }
    tasks.run("load the job's photos", () -> load(id), loaded -> {
      if (id.equals(workOrderId) && !thumbs.equals(loaded)) {
        thumbs.setAll(loaded);
      }
    }, e -> { });
  }

  private List<PhotoThumb> load(UUID id) {
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(zone.get());
    List<PhotoThumb> out = new ArrayList<>();
    for (JobPhoto p : replica.photos().photos(id)) {
      Image thumb = decoded.get(p.sha256());
      if (thumb == null) {
        thumb = replica.photos().bytes(id, p.sha256())
            .map(b -> new Image(new ByteArrayInputStream(b), THUMB, THUMB, true, true)).filter(i -> !i.isError())
            .orElse(null);
        if (thumb != null) {
          decoded.put(p.sha256(), thumb);
        }
      }
      String taken = p.attachment().takenAt() == null ? "" : when.format(p.attachment().takenAt());
      out.add(new PhotoThumb(p.sha256(), thumb == null ? msg.text("photos.notYetUploaded", taken)
          : msg.text("photos.caption", taken), thumb));
    }
    return out;
  }

  /** Opens the photo large, loaded off the UI thread. */
  public void open(PhotoThumb thumb) {
    UUID id = workOrderId;
    if (id == null || thumb.thumbnail() == null) {
      return;
    }
    large.set(null);
    largeCaption.set(thumb.caption());
    tasks.run("open a photo", () -> replica.photos().bytes(id, thumb.sha256())
        .map(b -> new Image(new ByteArrayInputStream(b), LARGE, LARGE, true, true)).orElse(null),
        large::set, e -> { });
  }

  public void closeLarge() {
    large.set(null);
  }

  @Override
  public void close() {
    live.close();
  }
}
