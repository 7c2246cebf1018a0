package com.fieldops.sla.preview;

import com.fieldops.model.workorder.Priority;
import com.fieldops.sla.SlaEvent;
import com.fieldops.sla.SlaTimeline;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The work-order timeline file of {@code sla preview} (see README-sla-preview.md).
 *
 * @param now the instant to evaluate at; absent means the command's current time
 */
public record SlaTimelineFile(
    @NotNull(message = "{com.fieldops.sla.timeline.createdAt.required}") Instant createdAt,
    @NotNull(message = "{com.fieldops.sla.timeline.priority.required}") Priority priority,
    Instant now,
    List<@NotNull SlaEvent> events) {

  public SlaTimelineFile {
    events = events == null ? List.of() : events;
  }

  public SlaTimeline toTimeline() {
    return new SlaTimeline(createdAt, priority, events);
  }
}
