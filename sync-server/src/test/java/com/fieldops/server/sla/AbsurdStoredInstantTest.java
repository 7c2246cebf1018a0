package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.common.Ids;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * A work order already stored with an absurd creation instant (year -200000000: what a device
 * could push before the door refused such values) must not hang the server: the scheduler computes
 * its clock outside the writer, fails fast, marks that clock failed for the administrator with one
 * WARN line, and carries on; pushes keep answering, and a restarted scheduler does not hang again.
 */
class AbsurdStoredInstantTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final String ABSURD = "-200000000-01-01T00:00:00Z";

  private SlaFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void anAbsurdStoredJobIsMarkedFailedAndEverythingElseCarriesOn(Dialect dialect) {
    f = new SlaFixture(dialect, T0, TestPolicies.roundTheClock());
    UUID absurd = f.createWorkOrder(Priority.P2);
    storeCreatedAt(absurd, ABSURD);
    UUID normal = f.createWorkOrder(Priority.P2);
    ListAppender<ILoggingEvent> log = capture();

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> f.tick(), "the tick ends (it looped for hours)");

    assertThat(failed()).singleElement().satisfies(c -> {
      assertThat(c.workOrderId()).isEqualTo(absurd);
      assertThat(c.failure()).contains("cannot be computed");
      assertThat(c.retryAt()).as("recomputed when the job or policy changes, not every tick").isNull();
    });
    assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN)
        .filteredOn(e -> e.getKeyValuePairs() != null && e.getKeyValuePairs().stream()
            .anyMatch(kv -> "event".equals(kv.key) && "sla.clock.failed".equals(kv.value)))
        .singleElement().satisfies(e -> assertThat(e.getKeyValuePairs().toString()).contains(absurd.toString()));
    assertThat(f.nextDueAt(normal)).isEqualTo(T0.plus(Duration.ofMinutes(30)));

    // the writer is free: a push answers at once
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(f.push(f.tech1, "AddNote", normal,
        new AddNote(Ids.newId(), "still works", false), f.clock.instant()).status()).isEqualTo(MutationStatus.APPLIED));

    // the other job still escalates on time
    f.clock.advance(Duration.ofMinutes(30));
    assertThat(f.tick().fired()).isEqualTo(1);

    // a restarted server (a new scheduler on the same database) does not hang on it either
    f.scheduler = f.newScheduler();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> f.tick());
    assertThat(failed()).extracting(SlaClockStore.FailedClock::workOrderId).containsExactly(absurd);
    ((Logger) LoggerFactory.getLogger(EscalationScheduler.class)).detachAppender(log);
  }

  private void storeCreatedAt(UUID workOrder, String instant) {
    f.db.write(c -> {
      String json = Jdbc.queryOne(c, "SELECT data FROM entity WHERE entity_type = 'WorkOrder' AND id = ?",
          rs -> rs.getString(1), workOrder.toString()).orElseThrow();
      ObjectNode node;
      try {
        node = (ObjectNode) Json.mapper().readTree(json);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
      node.put("createdAt", instant);
      return Jdbc.update(c, "UPDATE entity SET data = ? WHERE entity_type = 'WorkOrder' AND id = ?",
          node.toString(), workOrder.toString());
    });
  }

  private List<SlaClockStore.FailedClock> failed() {
    return f.db.read(c -> new SlaClockStore(f.db.dialect()).failed(c, 100));
  }

  private static ListAppender<ILoggingEvent> capture() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(EscalationScheduler.class)).addAppender(appender);
    return appender;
  }
}
