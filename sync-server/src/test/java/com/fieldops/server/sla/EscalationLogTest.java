package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fieldops.workorder.model.Priority;
import com.fieldops.server.storage.Dialect;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A fired escalation level is logged once as an event with grep-able key=value pairs. */
class EscalationLogTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void aFiredLevelIsLoggedAsAnEscalationFiredEventWithItsWorkOrderAndLevel() {
    Logger logger = (Logger) LoggerFactory.getLogger(EscalationProcessor.class);
    Level before = logger.getLevel();
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    logger.addAppender(events);
    logger.setLevel(Level.INFO);
    try (SlaFixture f = new SlaFixture(Dialect.SQLITE, T0, TestPolicies.roundTheClock())) {
      UUID wo = f.createWorkOrder(Priority.P2);
      f.tick();
      f.clock.advance(Duration.ofMinutes(30));
      assertThat(f.tick().fired()).isEqualTo(1);
      List<Map<String, String>> fired = events.list.stream().filter(e -> e.getKeyValuePairs() != null)
          .map(e -> e.getKeyValuePairs().stream().collect(Collectors.toMap(kv -> kv.key, kv -> String.valueOf(kv.value))))
          .filter(p -> "escalation.fired".equals(p.get("event"))).toList();
      assertThat(fired).singleElement().satisfies(p -> assertThat(p)
          .containsEntry("workOrderId", wo.toString()).containsEntry("level", "RESPONSE:WARNING@0.5")
          .containsEntry("minutesLate", "0").containsKeys("workOrder", "dueAt", "actions"));
    } finally {
      logger.detachAppender(events);
      logger.setLevel(before);
    }
  }
}
