package com.fieldops.mobile.today;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** Today: day switcher, search, and one big card per job; tapping a card opens the job. */
public final class TodayView extends VBox {
  private final TodayViewModel vm;
  private final Messages msg;
  private final CountdownText countdownText;
  private final Consumer<UUID> open;
  private final VBox cards = new VBox(10);
  private final VBox results = new VBox(10);
  private final Label dayTitle = Ui.text("", "title");
  private final Timeline tick;
  private final ScrollPane scroll;

  public TodayView(TodayViewModel vm, Messages msg, Consumer<UUID> open, Runnable signOut) {
    this.vm = vm;
    this.msg = msg;
    this.countdownText = new CountdownText(msg);
    this.open = open;
    setId("todayView");
    getStyleClass().add("screen");
    dayTitle.setId("dayTitle");
    Button previous = Ui.button("", "mdi2c-chevron-left", () -> vm.dayOffsetProperty().set(vm.dayOffsetProperty().get() - 1));
    previous.setId("previousDay");
    previous.setAccessibleText(msg.text("today.previous"));
    Button next = Ui.button("", "mdi2c-chevron-right", () -> vm.dayOffsetProperty().set(vm.dayOffsetProperty().get() + 1));
    next.setId("nextDay");
    next.setAccessibleText(msg.text("today.next"));
    Button today = Ui.button(msg.text("today.backToToday"), null, () -> vm.dayOffsetProperty().set(0));
    today.setId("backToToday");
    today.visibleProperty().bind(vm.dayOffsetProperty().isNotEqualTo(0));
    today.managedProperty().bind(today.visibleProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button out = Ui.button("", "mdi2l-logout", signOut);
    out.setId("signOut");
    out.setAccessibleText(msg.text("today.signOut"));
    HBox nav = new HBox(8, previous, dayTitle, spacer, today, next, out);
    nav.getStyleClass().add("nav-bar");
    HBox.setHgrow(dayTitle, Priority.ALWAYS);
    TextField search = new TextField();
    search.setId("search");
    search.setPromptText(msg.text("today.search.prompt"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    results.setId("searchResults");
    cards.setId("jobCards");
    VBox content = new VBox(10, results, cards);
    scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(nav, search, scroll);
    vm.jobs().addListener((ListChangeListener<JobCard>) c -> showCards());
    vm.found().addListener((ListChangeListener<JobCard>) c -> showResults());
    vm.dayProperty().addListener((o, a, d) -> showDay());
    vm.searchProperty().addListener((o, a, b) -> showResults());
    // countdowns keep counting, with or without signal
    tick = new Timeline(new KeyFrame(Duration.seconds(30), e -> showCards()));
    tick.setCycleCount(Timeline.INDEFINITE);
    tick.play();
    showDay();
    showCards();
  }

  /** Adds a way to another screen to the top bar, before sign-out (e.g. the technician's ratings). */
  public void addAction(javafx.scene.Node action) {
    HBox nav = (HBox) getChildren().get(0);
    nav.getChildren().add(nav.getChildren().size() - 1, action);
  }

  /** Scrolls the job's card into view (e.g. the job a notification names); false if it is not listed. */
  public boolean reveal(UUID id) {
    javafx.scene.Node card = lookup("#job-" + id);
    if (card == null) {
      return false;
    }
    double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
    double viewport = scroll.getViewportBounds().getHeight();
    double y = card.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
    scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
    return true;
  }

  public void stop() {
    tick.stop();
  }

  private void showDay() {
    int offset = vm.dayOffsetProperty().get();
    String title = offset == 0 ? msg.text("today.title") : offset == 1 ? msg.text("today.tomorrow")
        : vm.dayProperty().get() == null ? "" : msg.text("today.dayTitle",
            Date.from(vm.dayProperty().get().atStartOfDay(vm.zoneProperty().get()).toInstant()));
    dayTitle.setText(title);
  }

  private void showCards() {
    showDay();
    cards.getChildren().clear();
    if (vm.jobs().isEmpty()) {
      cards.getChildren().add(Ui.text(msg.text("today.empty"), "muted"));
      return;
    }
    for (JobCard c : vm.jobs()) {
      cards.getChildren().add(card(c));
    }
  }

  private void showResults() {
    results.getChildren().clear();
    String text = vm.searchProperty().get() == null ? "" : vm.searchProperty().get().strip();
    if (text.length() < 2) {
      return;
    }
    if (vm.found().isEmpty()) {
      results.getChildren().add(Ui.text(msg.text("today.search.empty", text), "muted"));
    }
    for (JobCard c : vm.found()) {
      results.getChildren().add(card(c));
    }
  }

  private VBox card(JobCard c) {
    Instant now = vm.clock().instant();
    VBox box = new VBox(6);
    box.setId("job-" + c.id());
    box.getStyleClass().add("card");
    ZoneId zone = c.siteZone() == null ? vm.zoneProperty().get() : c.siteZone();
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
    String window = c.start() == null ? msg.text("today.window.none")
        : msg.text("today.window", time.format(c.start()), time.format(c.end() == null ? c.start() : c.end()));
    Label when = Ui.text(window, "card-title");
    Label priority = Ui.text(msg.text("priority." + c.priority().name()), "chip", c.priority().name().toLowerCase());
    Label status = Ui.text(msg.text("status." + c.status().name()), "chip", "status");
    FlowPane head = new FlowPane(8, 6, when, priority, status);
    if (c.changed()) {
      Label mark = Ui.text(msg.text("today.changed"), "changed-mark");
      mark.setId("changed-" + c.id());
      head.getChildren().add(0, mark);
    }
    box.getChildren().addAll(head, Ui.text(c.customer() == null ? "" : c.customer(), "card-title"),
        Ui.text(c.address(), "muted"), Ui.text(c.label() + " · " + (c.summary() == null ? "" : c.summary())));
    FlowPane badges = new FlowPane(10, 4);
    for (MilestoneCountdown m : c.countdowns()) {
      badges.getChildren().add(badge(m, now));
    }
    if (!badges.getChildren().isEmpty()) {
      box.getChildren().add(badges);
    }
    c.next().ifPresent(step -> box.getChildren().add(Ui.text(
        msg.text("today.next.action", msg.text(step.messageKey())), "section-title")));
    if (c.refused()) {
      box.getChildren().add(Ui.text(msg.text("today.refused"), "field-message"));
    } else if (c.pending()) {
      box.getChildren().add(Ui.text(msg.text("today.pending"), "pending-note"));
    }
    box.setOnMouseClicked(e -> open.accept(c.id()));
    box.setAlignment(Pos.TOP_LEFT);
    return box;
  }

  Label badge(MilestoneCountdown m, Instant now) {
    BadgeState s = m.stateAt(now);
    Label l = Ui.text(countdownText.badge(m, now), "badge", s.name().toLowerCase());
    l.setGraphic(new FontIcon(switch (s) {
      case OK -> "mdi2c-clock-outline";
      case WARNING -> "mdi2a-alert-outline";
      case BREACHED -> "mdi2a-alert-octagon";
      case PAUSED -> "mdi2p-pause-circle-outline";
      case MET -> "mdi2c-check-circle-outline";
      case STOPPED -> "mdi2s-stop-circle-outline";
    }));
    return l;
  }
}
