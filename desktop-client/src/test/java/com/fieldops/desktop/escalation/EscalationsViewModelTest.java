package com.fieldops.desktop.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.escalation.Escalations;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.desktop.testing.BoardFixtures;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.Milestone;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Desktop notifications for clocks that newly reach warning or breach, without flooding the dispatcher. */
class EscalationsViewModelTest {
  @TempDir
  Path dir;

  final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(BoardFixtures.NOW);
  final List<Escalations.Notice> notices = new ArrayList<>();

  EscalationsViewModel vm() {
    ConsoleContext ctx = new ConsoleContext(new Messages(Locale.ENGLISH), TaskRunner.direct(),
        ConsoleSettings.load(dir.resolve("s.properties")), Clock.systemUTC(), dir, null);
    EscalationsViewModel vm = new EscalationsViewModel(ctx, now);
    vm.onNotice(notices::add);
    return vm;
  }

  /** {@code n} jobs whose response is due {@code dueIn} from now (warning 15 min before). */
  static List<QueueItem> jobs(int n, Duration dueIn) {
    List<QueueItem> out = new ArrayList<>();
    List<WorkOrderRow> rows = BoardFixtures.workOrders(n, BoardFixtures.technicians()).subList(0, n);
    for (WorkOrderRow r : rows) {
      Instant due = BoardFixtures.NOW.plus(dueIn);
      out.add(QueueItem.of(r, List.of(new MilestoneCountdown(Milestone.RESPONSE, due, due.minus(Duration.ofMinutes(15)),
          MilestoneCountdown.Phase.RUNNING, null)), r.region(), List.of()));
    }
    return out;
  }

  @Test
  void whatIsAlreadyAtRiskWhenTheConsoleOpensIsListedButNotPoppedUp() {
    EscalationsViewModel vm = vm();
    vm.update(List.of()); // a tick before the board has loaded
    vm.update(jobs(6, Duration.ofMinutes(-5)));

    assertThat(notices).isEmpty();
    assertThat(vm.escalations()).hasSize(6).allMatch(e -> e.state() == BadgeState.BREACHED);
  }

  @Test
  void aClockThatReachesItsWarningRaisesOneNotice() {
    EscalationsViewModel vm = vm();
    List<QueueItem> items = jobs(1, Duration.ofMinutes(30));
    vm.update(items);

    now.set(BoardFixtures.NOW.plus(Duration.ofMinutes(16)));
    vm.update(items);

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.state()).isEqualTo(BadgeState.WARNING);
      assertThat(n.workOrderId()).isEqualTo(items.get(0).row().id());
    });
  }

  @Test
  void manyClocksAtRiskAtOnceMakeOneSummaryNotice() {
    EscalationsViewModel vm = vm();
    List<QueueItem> items = jobs(12, Duration.ofMinutes(10));
    vm.update(items);

    now.set(BoardFixtures.NOW.plus(Duration.ofMinutes(11)));
    vm.update(items);

    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.workOrderId()).isNull();
      assertThat(n.text()).isEqualTo("12 clocks newly at risk: see Escalations (Ctrl+4).");
      assertThat(n.state()).isEqualTo(BadgeState.BREACHED);
    });
  }
}
