package com.fieldops.server.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * Exports {@link BackgroundTasks} to Micrometer: per task (tag {@code task}) how long the round in
 * progress has run, whether it is stuck, and how long ago a round last succeeded (-1: never).
 */
public final class TaskMetrics {
  private TaskMetrics() {
  }

  /** Registers gauges for every task registered so far. */
  public static void bind(BackgroundTasks tasks, MeterRegistry registry, Clock clock) {
    for (BackgroundTasks.TaskState s : tasks.states()) {
      String name = s.name();
      Gauge.builder("fieldops.task.running.seconds", tasks, t -> seconds(state(t, name).runningFor()))
          .tag("task", name).description("how long the round in progress has run; 0 when idle")
          .register(registry);
      Gauge.builder("fieldops.task.stuck", tasks, t -> state(t, name).stuck() ? 1 : 0)
          .tag("task", name).description("1 while a round has run longer than the stuck threshold")
          .register(registry);
      Gauge.builder("fieldops.task.last.success.age.seconds", tasks, t -> {
        BackgroundTasks.TaskState st = state(t, name);
        return st.lastSuccess() == null ? -1
            : seconds(Duration.between(st.lastSuccess(), clock.instant()));
      }).tag("task", name).description("seconds since a round last succeeded; -1 if none yet")
          .register(registry);
    }
  }

  private static BackgroundTasks.TaskState state(BackgroundTasks tasks, String name) {
    return tasks.states().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static double seconds(Duration d) {
    return d == null ? 0 : d.toMillis() / 1000.0;
  }
}
