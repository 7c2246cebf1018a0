package com.fieldops.desktop;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.dispatch.BoardData;
import com.fieldops.desktop.dispatch.DispatchBoardView;
import com.fieldops.desktop.dispatch.DispatchBoardViewModel;
import com.fieldops.client.dispatch.QueueScope;
import com.fieldops.desktop.dispatch.QueueViewModel;
import com.fieldops.desktop.customer.CustomersView;
import com.fieldops.desktop.customer.CustomersViewModel;
import com.fieldops.desktop.escalation.EscalationsView;
import com.fieldops.desktop.kpi.KpiView;
import com.fieldops.desktop.kpi.KpiViewModel;
import com.fieldops.desktop.escalation.EscalationsViewModel;
import com.fieldops.desktop.workorder.WorkOrderViewModel;
import com.fieldops.desktop.workorder.FinishedJobsSearch;
import com.fieldops.desktop.workorder.WorkOrdersScreen;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.shell.ShellView;
import com.fieldops.desktop.shell.ShellViewModel;
import com.fieldops.desktop.signin.SignInViewModel.Session;
import com.fieldops.desktop.sync.SyncStatusBar;
import com.fieldops.desktop.sync.SyncStatusViewModel;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.replica.Replica;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Everything after sign-in: the shell, each screen's view model and view, the one-second tick
 * that moves every countdown, and the keyboard shortcuts.
 */
public final class ConsoleWindow implements AutoCloseable {
  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ShellViewModel shell;
  private final ShellView view;
  private final SyncStatusViewModel syncStatus;
  private final ObjectProperty<Instant> now;
  private final DispatchBoardViewModel board;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final Timeline ticker;
  private DispatchBoardView boardView;
  private final QueueViewModel workOrderList;
  private final FinishedJobsSearch finishedJobs;
  private final WorkOrderViewModel workOrder;
  private final EscalationsViewModel escalations;
  private final CustomersViewModel customers;
  private final KpiViewModel kpis;
  private final com.fieldops.desktop.equipment.EquipmentViewModel equipment;
  private final com.fieldops.desktop.stock.StockViewModel stock;
  private final com.fieldops.desktop.stock.PartRequestsViewModel partRequests;
  private final com.fieldops.desktop.stock.SerialLookupViewModel serials;
  private final com.fieldops.desktop.stock.ReplenishViewModel replenish;
  private final com.fieldops.desktop.masterdata.TechnicianEditing technicianEditing;
  private final com.fieldops.desktop.admin.AdminScreens admin;

  public ConsoleWindow(ConsoleContext ctx, Session session, Runnable onSignedOut) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = session.replica();
    this.now = new SimpleObjectProperty<>(ctx.clock().instant());
    this.shell = new ShellViewModel(ctx, session.username(), session.notice());
    this.syncStatus = new SyncStatusViewModel(ctx, replica, this::openWorkOrder);
    this.board = new DispatchBoardViewModel(ctx, replica, new BoardData(replica, CountdownSource.fromReplica()), now);
    this.workOrderList = new QueueViewModel(ctx, now, board.queue().itemMaker());
    workOrderList.scopeProperty().set(QueueScope.ALL_OPEN);
    this.finishedJobs = new FinishedJobsSearch(ctx, replica, workOrderList.searchProperty());
    this.workOrder = new WorkOrderViewModel(ctx, replica, row -> CountdownSource.allMilestones(row.sla()), now::get);
    this.escalations = new EscalationsViewModel(ctx, now);
    this.customers = new CustomersViewModel(ctx, replica);
    this.kpis = new KpiViewModel(msg);
    com.fieldops.desktop.kpi.SatisfactionKpiLoader ratings =
        new com.fieldops.desktop.kpi.SatisfactionKpiLoader(ctx, replica, kpis.satisfaction(), now::get);
    this.equipment = new com.fieldops.desktop.equipment.EquipmentViewModel(ctx, replica);
    this.stock = new com.fieldops.desktop.stock.StockViewModel(ctx, replica);
    this.partRequests = new com.fieldops.desktop.stock.PartRequestsViewModel(ctx, replica);
    this.serials = new com.fieldops.desktop.stock.SerialLookupViewModel(ctx, replica);
    this.replenish = new com.fieldops.desktop.stock.ReplenishViewModel(ctx, replica);
    workOrder.setOnOpenEquipment(this::openEquipment);
    this.technicianEditing = new com.fieldops.desktop.masterdata.TechnicianEditing(ctx, replica);
    board.setOnEditTechnician(this::editTechnician);
    this.admin = new com.fieldops.desktop.admin.AdminScreens(ctx, replica, shell.adminProperty());
    board.loadingProperty().addListener((o, was, is) -> {
      if (!is) {
        List<com.fieldops.client.dispatch.QueueItem> items = board.queue().allItems();
        workOrderList.setRows(items);
        escalations.update(items);
        kpis.update(items, now.get());
        Instant since = now.get().minus(java.time.Duration.ofDays(KpiViewModel.WINDOW_DAYS));
        ctx.tasks().run("completed work orders", () -> replica.workOrders().recentlyCompleted(since, 5000),
            done -> kpis.updateCompleted(done, now.get()),
            e -> { }); // logged by the task runner; the tiles keep their dash
        ratings.reload();
      }
    });
    closeables.add(syncStatus);
    closeables.add(ratings);
    closeables.add(board);
    closeables.add(workOrder::close);
    closeables.add(customers::close);
    closeables.add(equipment::close);
    closeables.add(stock::close);
    closeables.add(partRequests::close);
    closeables.add(admin);
    closeables.add(replenish::close);
    this.view = new ShellView(shell, msg, this::buildScreen, new SyncStatusBar(syncStatus, msg));
    view.setOnNewWorkOrder(this::newWorkOrder);
    escalations.onNotice(n -> {
      if (view.getScene() != null && view.getScene().getWindow() != null && view.getScene().getWindow().isShowing()) {
        org.controlsfx.control.Notifications.create().owner(view.getScene().getWindow()).title(n.title()).text(n.text())
            .graphic(new org.kordamp.ikonli.javafx.FontIcon(com.fieldops.desktop.countdown.Badges.icon(n.state()))).hideAfter(Duration.seconds(8))
            .onAction(a -> {
              if (n.workOrderId() != null) {
                openWorkOrder(n.workOrderId());
              } else {
                shell.screenProperty().set(Screen.ESCALATIONS);
              }
            }).show();
      }
    });
    board.reload();
    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    ticker.play();
  }

  /** Moves every clock to the context clock's now (tests call it after advancing their clock). */
  public void tick() {
    board.tick();
    escalations.update(board.queue().allItems());
    syncStatus.refreshTimes();
  }

  private Node buildScreen(Screen s) {
    switch (s) {
      case DISPATCH -> {
        boardView = new DispatchBoardView(board, this::openWorkOrder);
        double divider = ctx.settings().getDouble(ConsoleSettings.QUEUE_DIVIDER, 0.3);
        boardView.split().setDividerPositions(divider);
        return boardView;
      }
      case WORK_ORDERS -> {
        return new WorkOrdersScreen(workOrderList, finishedJobs, workOrder, now, msg);
      }
      case CUSTOMERS -> {
        return new CustomersView(customers, this::openWorkOrder);
      }
      case KPIS -> {
        return new KpiView(kpis);
      }
      case EQUIPMENT -> {
        return new com.fieldops.desktop.equipment.EquipmentScreenView(equipment);
      }
      case STOCK -> {
        return com.fieldops.desktop.stock.StockTabs.of(msg, new com.fieldops.desktop.stock.StockScreenView(stock),
            new com.fieldops.desktop.stock.PartRequestsView(partRequests),
            new com.fieldops.desktop.stock.SerialLookupView(serials),
            new com.fieldops.desktop.stock.ReplenishView(replenish));
      }
      case ESCALATIONS -> {
        return new EscalationsView(escalations, msg, this::openWorkOrder, this::reassign);
      }
      case CONTRACTS, DATA_EXCHANGE, CHECKLIST_TEMPLATES, USERS -> {
        return admin.view(s);
      }
      default -> {
        Label l = new Label(msg.text(s.titleKey()));
        l.getStyleClass().add(Styles.SCREEN_TITLE);
        return new StackPane(l);
      }
    }
  }

  /** The new work order form; once recorded, the new job opens in the work order screen. */
  public void newWorkOrder() {
    if (view.getScene() == null) {
      return;
    }
    com.fieldops.desktop.workorder.NewWorkOrderDialog.open(view.getScene().getWindow(),
        new com.fieldops.desktop.workorder.NewWorkOrderViewModel(ctx, replica), this::openWorkOrder);
  }

  public void openWorkOrder(UUID id) {
    shell.screenProperty().set(Screen.WORK_ORDERS);
    workOrder.load(id);
  }

  /** An administrator's form for the technician; others read on the board why they cannot. */
  public void editTechnician(UUID id) {
    technicianEditing.open(id, form -> {
      if (view.getScene() != null) {
        com.fieldops.desktop.masterdata.TechnicianDialog.open(view.getScene().getWindow(), form, board::reload);
      }
    }, board.messageProperty()::set);
  }

  /** The machine's screen with its history (from a work order that names it). */
  public void openEquipment(UUID id) {
    shell.screenProperty().set(Screen.EQUIPMENT);
    equipment.open(id);
  }

  public com.fieldops.desktop.equipment.EquipmentViewModel equipment() {
    return equipment;
  }

  public com.fieldops.desktop.stock.StockViewModel stock() {
    return stock;
  }

  public com.fieldops.desktop.stock.PartRequestsViewModel partRequests() {
    return partRequests;
  }

  public com.fieldops.desktop.stock.SerialLookupViewModel serials() {
    return serials;
  }

  public com.fieldops.desktop.stock.ReplenishViewModel replenish() {
    return replenish;
  }

  /** Reassign from anywhere: the board's keyboard dialog for that job. */
  public void reassign(UUID id) {
    shell.screenProperty().set(Screen.DISPATCH);
    if (boardView != null) {
      boardView.assignWithKeyboard(id);
    }
  }

  /** The contracts, import/export and (administrators) users screens. */
  public com.fieldops.desktop.admin.AdminScreens admin() {
    return admin;
  }

  public WorkOrderViewModel workOrder() {
    return workOrder;
  }

  public CustomersViewModel customers() {
    return customers;
  }

  public EscalationsViewModel escalations() {
    return escalations;
  }

  public void installShortcuts(Scene scene) {
    for (Screen s : Screen.values()) {
      if (s.shortcut() != null) {
        scene.getAccelerators().put(s.shortcut(), () -> shell.show(s));
      }
    }
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
      shell.screenProperty().set(Screen.DISPATCH);
      if (boardView != null) {
        boardView.focusSearch();
      }
    });
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), syncStatus::syncNow);
    scene.getAccelerators().put(ShellView.NEW_WORK_ORDER, this::newWorkOrder);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), view::showShortcuts);
  }

  public void rememberLayout() {
    if (boardView != null && boardView.split().getDividerPositions().length > 0) {
      ctx.settings().putDouble(ConsoleSettings.QUEUE_DIVIDER, boardView.split().getDividerPositions()[0]);
    }
  }

  public Parent root() {
    return view;
  }

  public ShellViewModel shell() {
    return shell;
  }

  public ShellView view() {
    return view;
  }

  public DispatchBoardViewModel board() {
    return board;
  }

  public SyncStatusViewModel syncStatus() {
    return syncStatus;
  }

  public Replica replica() {
    return replica;
  }

  @Override
  public void close() {
    ticker.stop();
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(ConsoleWindow.class).warn("Closing {} failed", c, e);
      }
    }
    replica.close();
  }
}
