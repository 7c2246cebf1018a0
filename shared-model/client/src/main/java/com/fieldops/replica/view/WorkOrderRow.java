package com.fieldops.replica.view;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One work order as a list shows it, with the names it refers to already joined.
 *
 * @param label        the server's number ({@code WO-2026-000123}) or, before the first sync, the provisional label
 * @param provisional  true while {@code label} is provisional
 * @param summary      first line of the problem, for a list cell
 * @param siteZone     the site's time zone: show times in it (UTC if the site is unknown)
 * @param slaDue       the next SLA due instant of a running clock, null if none
 * @param version      the server version the row is based on (0 = created here, not yet synced)
 * @param pending      true if a local change of this user is not yet confirmed by the server
 * @param requiredSkillLevel the level (1-5) the job needs in {@code requiredSkill}; null = any
 * @param sla          the SLA clocks (policy and one status per milestone); null when no policy applies.
 *                     Lists of open work orders carry them as kept in the local view (recomputed when
 *                     the work order, its history, its contract or its policy change); a single work
 *                     order ({@code ReplicaQueries.workOrder}) carries them computed when asked, closed ones too
 */
public record WorkOrderRow(
    UUID id,
    String label,
    boolean provisional,
    WorkOrderType type,
    Priority priority,
    WorkOrderStatus status,
    String summary,
    UUID customerId,
    String customerName,
    UUID siteId,
    String siteName,
    String siteCity,
    ZoneId siteZone,
    UUID assigneeId,
    String assigneeName,
    String region,
    String requiredSkill,
    Instant scheduledStart,
    Instant scheduledEnd,
    Instant slaDue,
    Instant createdAt,
    long version,
    boolean pending,
    SlaSummary sla,
    Integer requiredSkillLevel) {

  /** A row without a required skill level. */
  public WorkOrderRow(UUID id, String label, boolean provisional, WorkOrderType type, Priority priority,
      WorkOrderStatus status, String summary, UUID customerId, String customerName, UUID siteId, String siteName,
      String siteCity, ZoneId siteZone, UUID assigneeId, String assigneeName, String region, String requiredSkill,
      Instant scheduledStart, Instant scheduledEnd, Instant slaDue, Instant createdAt, long version, boolean pending,
      SlaSummary sla) {
    this(id, label, provisional, type, priority, status, summary, customerId, customerName, siteId, siteName,
        siteCity, siteZone, assigneeId, assigneeName, region, requiredSkill, scheduledStart, scheduledEnd, slaDue,
        createdAt, version, pending, sla, null);
  }

  public WorkOrderRow withSla(SlaSummary newSla) {
    return new WorkOrderRow(id, label, provisional, type, priority, status, summary, customerId, customerName, siteId,
        siteName, siteCity, siteZone, assigneeId, assigneeName, region, requiredSkill, scheduledStart, scheduledEnd,
        newSla == null ? null : newSla.nextDue(), createdAt, version, pending, newSla, requiredSkillLevel);
  }
}
