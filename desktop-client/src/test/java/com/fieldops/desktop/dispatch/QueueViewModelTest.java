package com.fieldops.desktop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.client.dispatch.QueueScope;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.testing.BoardFixtures;
import com.fieldops.workorder.model.Priority;
import com.fieldops.replica.view.WorkOrderRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch queue's view model without a robot: what a dispatcher sees listed, in which order,
 * as they narrow it and as clocks run (the filtering itself is the client layer's QueueFilter).
 */
class QueueViewModelTest {
  @TempDir
  Path dir;

  final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(BoardFixtures.NOW);
  QueueViewModel queue;

  @BeforeEach
  void open() {
    ConsoleContext ctx = new ConsoleContext(new Messages(Locale.ENGLISH), TaskRunner.direct(),
        ConsoleSettings.load(dir.resolve("s.properties")), Clock.fixed(BoardFixtures.NOW, BoardFixtures.ZONE), dir,
        null);
    CountdownSource countdowns = CountdownSource.fromReplica();
    queue = new QueueViewModel(ctx, now, rows -> {
      List<QueueItem> items = new ArrayList<>();
      rows.forEach(r -> items.add(QueueItem.of(r, countdowns.countdowns(r), r.region(),
          r.requiredSkill() == null ? List.of() : List.of(r.requiredSkill()))));
      return items;
    });
    queue.load(BoardFixtures.workOrders(5, BoardFixtures.technicians()));
  }

  private List<String> shown() {
    return queue.items().stream().map(i -> i.row().label()).toList();
  }

  @Test
  void byDefaultTheQueueListsUnassignedAndAtRiskJobsMostUrgentFirst() {
    // WO-4 is assigned but breached 25 min ago; WO-1 and WO-2 are unassigned; WO-3 and WO-5 are fine
    assertThat(shown()).containsExactly("WO-2026-000004", "WO-2026-000001", "WO-2026-000002");
    assertThat(queue.countText()).isEqualTo(new Messages(Locale.ENGLISH).text("dispatch.queue.count", 3, 5));
  }

  @Test
  void narrowingBySearchWordsPriorityAndScopeAndClearingAgain() {
    queue.scopeProperty().set(QueueScope.ALL_OPEN);
    assertThat(shown()).hasSize(5);

    queue.searchProperty().set("NORDWIND chiller");
    assertThat(shown()).containsExactly("WO-2026-000001");

    queue.searchProperty().set("");
    queue.priorityProperty().set(Priority.P2);
    assertThat(shown()).containsExactly("WO-2026-000004", "WO-2026-000002");

    queue.clearFilters();
    assertThat(shown()).hasSize(5);
    assertThat(queue.shownProperty().get()).isEqualTo(5);
  }

  @Test
  void anAssignedJobWhoseClockReachesItsWarningJoinsTheDefaultListOnTheNextTick() {
    // WO-3's response clock: created an hour ago, due in 20 h, warning at 75 % of that
    now.set(BoardFixtures.NOW.plus(Duration.ofHours(15)));
    queue.tick();
    assertThat(shown()).contains("WO-2026-000003");
  }

  @Test
  void theSelectedJobStaysSelectedWhenTheJobsAreReloaded() {
    List<WorkOrderRow> rows = BoardFixtures.workOrders(5, BoardFixtures.technicians());
    queue.selectedProperty().set(queue.items().get(1));
    queue.load(rows);
    assertThat(queue.selectedProperty().get().row().label()).isEqualTo("WO-2026-000001");
  }
}
