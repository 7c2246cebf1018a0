package com.fieldops.mobile.today;

import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.visit.FieldStep;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One job on Today as the technician reads it. */
public record JobCard(
    UUID id,
    String label,
    Instant start,
    Instant end,
    ZoneId siteZone,
    String customer,
    String address,
    Priority priority,
    WorkOrderStatus status,
    String summary,
    List<MilestoneCountdown> countdowns,
    Optional<FieldStep> next,
    boolean changed,
    boolean pending,
    boolean refused) {}
