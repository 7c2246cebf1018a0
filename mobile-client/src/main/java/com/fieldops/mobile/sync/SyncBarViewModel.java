package com.fieldops.mobile.sync;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.Subscription;
import com.fieldops.replica.SyncStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The always-visible sync line: online or no signal, changes waiting, last sync, refusals. */
public final class SyncBarViewModel implements AutoCloseable {
  private final Replica replica;
  private final Messages msg;
  private final ZoneId zone;
  private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper scopeArriving = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
  private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
  private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>();
  private final Subscription subscription;

  public SyncBarViewModel(Replica replica, TaskRunner tasks, Messages msg, ZoneId zone) {
    this.replica = replica;
    this.msg = msg;
    this.zone = zone;
    show(replica.syncStatus());
    subscription = replica.onSyncStatus(s -> tasks.onUi(() -> show(s)));
  }

  private void show(SyncStatus s) {
    status.set(s);
    offline.set(s.connectivity() != SyncStatus.Connectivity.ONLINE);
    // no signal stays "no signal" while the engine keeps trying
    connection.set(s.syncing() && s.connectivity() == SyncStatus.Connectivity.ONLINE ? msg.text("sync.syncing")
        : switch (s.connectivity()) {
      case ONLINE -> msg.text("sync.online");
      case OFFLINE -> msg.text("sync.offline");
      case SIGNED_OUT -> msg.text("sync.signedOut");
    });
    pending.set(s.pendingCount());
    String last = s.lastSuccessfulSync() == null ? msg.text("sync.never")
        : msg.text("sync.lastSync", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale())
            .withZone(zone).format(s.lastSuccessfulSync()));
    String text = msg.text("sync.pending", s.pendingCount()) + " · " + last;
    if (!s.rejected().isEmpty()) {
      text += " · " + msg.text("sync.rejected", s.rejected().size());
    }
    detail.set(text);
    scopeArriving.set(ScopeArrivingLine.of(s, msg));
  }

  public void syncNow() {
    replica.syncNow();
  }

  public ReadOnlyStringProperty connectionProperty() {
    return connection.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }

  /** "Getting your job history and the parts catalogue… 40 %" while it arrives, else empty. */
  public ReadOnlyStringProperty scopeArrivingProperty() {
    return scopeArriving.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty offlineProperty() {
    return offline.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty pendingProperty() {
    return pending.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
    return status.getReadOnlyProperty();
  }

  @Override
  public void close() {
    subscription.close();
  }
}
