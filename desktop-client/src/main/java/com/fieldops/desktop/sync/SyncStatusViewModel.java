package com.fieldops.desktop.sync;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.Replica;
import com.fieldops.replica.Subscription;
import com.fieldops.replica.SyncStatus;
import com.fieldops.replica.SyncStatus.Connectivity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The always-visible sync state: online or offline, pending changes, last sync, and the changes the
 * server rejected with their reasons (open, retry, dismiss). Adapts the replica's status listener
 * (called on a replica thread) to properties updated on the UI thread.
 */
public final class SyncStatusViewModel implements AutoCloseable {
  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final Consumer<UUID> openWorkOrder;
  private final Subscription subscription;

  private final ObjectProperty<Connectivity> connectivity = new SimpleObjectProperty<>(Connectivity.SIGNED_OUT);
  private final StringProperty connectivityText = new SimpleStringProperty("");
  private final StringProperty pendingText = new SimpleStringProperty("");
  private final IntegerProperty pendingCount = new SimpleIntegerProperty();
  private final StringProperty lastSyncText = new SimpleStringProperty("");
  private final StringProperty rejectedText = new SimpleStringProperty("");
  private final StringProperty problemText = new SimpleStringProperty("");
  private final StringProperty actionMessage = new SimpleStringProperty("");
  private final ObservableList<RejectedMutation> rejected = FXCollections.observableArrayList();
  private SyncStatus last;

  public SyncStatusViewModel(ConsoleContext ctx, Replica replica, Consumer<UUID> openWorkOrder) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.openWorkOrder = openWorkOrder;
    this.subscription = replica.onSyncStatus(status -> ctx.tasks().onUi(() -> apply(status)));
    ctx.tasks().run("read sync status", replica::syncStatus, this::apply, e -> { });
  }

  /** Applies a status snapshot (UI thread). */
  void apply(SyncStatus status) {
    if (status == null) {
      return;
    }
    last = status;
    connectivity.set(status.connectivity());
    connectivityText.set(status.syncing() && status.connectivity() == Connectivity.ONLINE
        ? msg.text("status.syncing")
        : switch (status.connectivity()) {
          case ONLINE -> msg.text("status.online");
          case OFFLINE -> msg.text("status.offline");
          case SIGNED_OUT -> msg.text("status.signedOut");
        });
    pendingCount.set(status.pendingCount());
    pendingText.set(msg.text("status.pending", status.pendingCount()));
    refreshTimes();
    rejectedText.set(msg.text("status.rejected", status.rejected().size()));
    problemText.set(status.connectivity() == Connectivity.OFFLINE
        ? msg.text("status.offline.detail") + (status.nextAttemptAt() == null ? ""
            : " (" + msg.text("status.nextAttempt", time(status.nextAttemptAt())) + ")")
        : "");
    if (!rejected.equals(status.rejected())) {
      rejected.setAll(status.rejected());
    }
  }

  /** Re-renders "last sync" (the view calls it on its clock tick). */
  public void refreshTimes() {
    if (last == null) {
      return;
    }
    lastSyncText.set(last.lastSuccessfulSync() == null
        ? msg.text("status.neverSynced") : msg.text("status.lastSync", time(last.lastSuccessfulSync())));
  }

  private String time(Instant at) {
    ZoneId zone = ZoneId.systemDefault();
    boolean today = LocalDate.ofInstant(at, zone).equals(LocalDate.now(ctx.clock().withZone(zone)));
    DateTimeFormatter f = today ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
    return f.withLocale(ctx.locale()).withZone(zone).format(at);
  }

  public void open(RejectedMutation r) {
    if (r.entityId() != null) {
      openWorkOrder.accept(r.entityId());
    }
  }

  public void retry(RejectedMutation r) {
    ctx.tasks().run("retry rejected change", () -> replica.retryRejection(r.mutationId()), outcome -> {
      if (outcome instanceof CommandOutcome.Refused refused) {
        actionMessage.set(refused.message());
      } else {
        actionMessage.set(msg.text("status.rejected.retried"));
        replica.syncNow();
      }
    }, e -> actionMessage.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  public void dismiss(RejectedMutation r) {
    rejected.remove(r);
    rejectedText.set(msg.text("status.rejected", rejected.size()));
    ctx.tasks().runQuietly("dismiss rejected change", () -> replica.dismissRejection(r.mutationId()));
  }

  public void syncNow() {
    ctx.tasks().runQuietly("sync now", replica::syncNow);
  }

  public String reasonText(RejectedMutation r) {
    return msg.text("status.rejected.reason", r.reason());
  }

  public ObjectProperty<Connectivity> connectivityProperty() {
    return connectivity;
  }

  public StringProperty connectivityTextProperty() {
    return connectivityText;
  }

  public StringProperty pendingTextProperty() {
    return pendingText;
  }

  public IntegerProperty pendingCountProperty() {
    return pendingCount;
  }

  public StringProperty lastSyncTextProperty() {
    return lastSyncText;
  }

  public StringProperty rejectedTextProperty() {
    return rejectedText;
  }

  public StringProperty problemTextProperty() {
    return problemText;
  }

  public StringProperty actionMessageProperty() {
    return actionMessage;
  }

  public ObservableList<RejectedMutation> rejected() {
    return rejected;
  }

  @Override
  public void close() {
    subscription.close();
  }
}
