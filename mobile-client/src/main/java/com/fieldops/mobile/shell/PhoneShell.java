package com.fieldops.mobile.shell;

import com.fieldops.mobile.AppContext;
import com.fieldops.mobile.PhoneSettings;
import com.fieldops.mobile.job.JobView;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.parts.PartsView;
import com.fieldops.mobile.parts.PartsViewModel;
import com.fieldops.mobile.signature.SignatureView;
import com.fieldops.mobile.signature.SignatureViewModel;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.mobile.sync.SyncBar;
import com.fieldops.mobile.sync.SyncBarViewModel;
import com.fieldops.mobile.today.TodayView;
import com.fieldops.mobile.today.TodayViewModel;
import com.fieldops.mobile.ui.Ui;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in app: the sync line always on top, one screen below (Today, a job, the signature).
 * Going to the background stops the live stream; coming back starts it with a sync.
 */
public final class PhoneShell extends BorderPane {
  private static final Logger LOG = LoggerFactory.getLogger(PhoneShell.class);
  /** Pad size on a 390 px wide phone screen, less the margins. */
  public static final double PAD_WIDTH = 350;
  public static final double PAD_HEIGHT = 200;

  private final AppContext ctx;
  private final PhoneSession session;
  private final Runnable onSignedOut;
  private final SyncBarViewModel sync;
  private final TodayViewModel today;
  private final TodayView todayView;
  private final StackPane center = new StackPane();
  private JobViewModel job;
  private SignatureViewModel signature;
  private PartsViewModel parts;
  private com.fieldops.mobile.report.MyRecordViewModel myRecord;
  private boolean closed;

  public PhoneShell(AppContext ctx, PhoneSession session, Runnable onSignedOut) {
    this.ctx = ctx;
    this.session = session;
    this.onSignedOut = onSignedOut;
    setId("phoneShell");
    sync = new SyncBarViewModel(session.replica(), ctx.tasks(), ctx.messages(), ZoneId.systemDefault());
    today = new TodayViewModel(session, ctx.tasks(), ctx.clock());
    todayView = new TodayView(today, ctx.messages(), this::openJob, this::askSignOut);
    todayView.addAction(com.fieldops.mobile.report.MyRecordView.openButton(ctx.messages(), this::openMyRecord));
    setTop(new SyncBar(sync, ctx.messages()));
    setCenter(center);
    setBottom(navigation());
    show(todayView);
    today.refresh();
    ctx.device().lifecycle().onBackground(() -> {
      LOG.info("event=app.background");
      session.replica().foreground(false);
    });
    ctx.device().lifecycle().onForeground(() -> {
      LOG.info("event=app.foreground");
      session.replica().foreground(true);
    });
  }

  /** Two big tabs at the bottom, where the thumb is: the day, and the van with its parts. */
  private HBox navigation() {
    Button todayTab = Ui.button(ctx.messages().text("nav.today"), "mdi2c-calendar-today", this::showToday);
    todayTab.setId("navToday");
    Button vanTab = Ui.button(ctx.messages().text("nav.van"), "mdi2t-truck-outline", () -> openParts(null));
    vanTab.setId("navVan");
    HBox bar = new HBox(8, todayTab, vanTab);
    for (Button b : java.util.List.of(todayTab, vanTab)) {
      b.setMaxWidth(Double.MAX_VALUE);
      b.setMinHeight(52);
      HBox.setHgrow(b, javafx.scene.layout.Priority.ALWAYS);
    }
    bar.setId("phoneNavigation");
    bar.getStyleClass().add("bottom-nav");
    return bar;
  }

  /** The van's stock, the technician's requests and receipts; a request made here is for {@code workOrderId} (null: the van). */
  public void openParts(UUID workOrderId) {
    closeJob();
    parts = new PartsViewModel(session, workOrderId, ctx.tasks(), ctx.messages(), ctx.clock());
    UUID back = workOrderId;
    show(new PartsView(parts, ctx.messages(), back == null ? this::showToday : () -> openJob(back)));
    parts.refresh();
  }

  private void show(Node screen) {
    center.getChildren().setAll(screen);
  }

  public void openJob(UUID id) {
    closeJob();
    today.opened(id);
    job = new JobViewModel(session, id, ctx.tasks(), ctx.messages(), ctx.clock(), ctx.device());
    JobView view = new JobView(job, ctx.messages(), this::showToday, this::openSignature);
    view.onRequestParts(this::openParts);
    show(view);
    job.refresh();
  }

  public void openSignature(UUID id) {
    signature = new SignatureViewModel(session.replica(), id, ctx.tasks(), ctx.messages(), ctx.clock(), PAD_WIDTH, PAD_HEIGHT);
    show(new SignatureView(signature, ctx.messages(), () -> openJob(id)));
    signature.load();
  }

  /** The technician's own record: their recent ratings and average. */
  public void openMyRecord() {
    closeJob();
    myRecord = new com.fieldops.mobile.report.MyRecordViewModel(session.replica(), session.technicianId(),
        ctx.tasks(), ctx.messages(), ctx.clock());
    show(new com.fieldops.mobile.report.MyRecordView(myRecord, ctx.messages(), this::showToday));
    myRecord.refresh();
  }

  public com.fieldops.mobile.report.MyRecordViewModel myRecord() {
    return myRecord;
  }

  public void showToday() {
    closeJob();
    signature = null;
    show(todayView);
    today.refresh();
  }

  private void closeJob() {
    if (job != null) {
      job.close();
      job = null;
    }
    if (parts != null) {
      parts.close();
      parts = null;
    }
  }

  /** Signing out over unsynced work warns first; the work stays on the phone either way. */
  public void askSignOut() {
    int pending = session.replica().syncStatus().pendingCount();
    if (pending == 0) {
      signOut();
      return;
    }
    Button confirm = Ui.bigButton(ctx.messages().text("signout.confirm"), "mdi2l-logout", this::signOut);
    confirm.setId("confirmSignOut");
    Button stay = Ui.bigButton(ctx.messages().text("signout.cancel"), null, () -> show(todayView));
    stay.setId("cancelSignOut");
    stay.getStyleClass().add("secondary");
    VBox warning = new VBox(12, Ui.text(ctx.messages().text("signout.warning.title"), "title"),
        Ui.text(ctx.messages().text("signout.warning", pending)), confirm, stay);
    warning.setId("signOutWarning");
    warning.getStyleClass().add("screen");
    show(warning);
  }

  private void signOut() {
    int pending = session.replica().syncStatus().pendingCount();
    LOG.info("event=signout user={} pendingKept={}", session.username(), pending);
    ctx.tasks().run("sign out", () -> {
      session.replica().signOut().get(10, TimeUnit.SECONDS);
      return null;
    }, ok -> finishSignOut(), e -> finishSignOut());
  }

  private void finishSignOut() {
    close();
    ctx.settings().put(PhoneSettings.USER, session.username());
    onSignedOut.run();
  }

  public TodayView todayView() {
    return todayView;
  }

  public TodayViewModel today() {
    return today;
  }

  public JobViewModel job() {
    return job;
  }

  public PartsViewModel parts() {
    return parts;
  }

  public SignatureViewModel signature() {
    return signature;
  }

  public SyncBarViewModel sync() {
    return sync;
  }

  public PhoneSession session() {
    return session;
  }

  /** Stops the screens' refreshes and closes the replica (its outbox stays on disk). */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeJob();
    todayView.stop();
    today.close();
    sync.close();
    session.replica().close();
  }
}
