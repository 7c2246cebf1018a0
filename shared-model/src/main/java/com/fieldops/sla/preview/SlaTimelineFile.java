package com.fieldops.sla.preview;

import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.SlaEvent;
import com.fieldops.sla.SlaTimeline;
import com.fieldops.common.validation.PlanTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The work-order timeline file of {@code sla preview} (see README-sla-preview.md).
 *
 * <p>Every instant lies in the plan window of {@link com.fieldops.common.validation.TimeWindows}
 * (2000-01-01 up to 2100-01-01), so an absurd year is refused naming the field.
 *
 * @param now the instant to evaluate at; absent means the command's current time
 */
public record SlaTimelineFile(
    @NotNull(message = "{com.fieldops.sla.timeline.createdAt.required}")
    @PlanTime(message = "{timeline.createdAt.window}") Instant createdAt,
    @NotNull(message = "{com.fieldops.sla.timeline.priority.required}") Priority priority,
    @PlanTime(message = "{timeline.now.window}") Instant now,
    List<@NotNull @Valid SlaEvent> events) {

  public SlaTimelineFile {
    events = events == null ? List.of() : events;
  }

  public SlaTimeline toTimeline() {
    return new SlaTimeline(createdAt, priority, events);
  }
}
