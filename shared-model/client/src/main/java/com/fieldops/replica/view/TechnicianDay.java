package com.fieldops.replica.view;

import com.fieldops.identity.model.Technician;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A technician's day in their own time zone.
 *
 * @param scheduled   their jobs whose scheduled window overlaps {@code day}, in start order
 * @param unscheduled their open jobs with no scheduled window, most urgent SLA first
 */
public record TechnicianDay(Technician technician, LocalDate day, ZoneId zone,
    List<WorkOrderRow> scheduled, List<WorkOrderRow> unscheduled) {}
