package com.fieldops.server.costs;

import com.fieldops.common.json.Json;
import com.fieldops.costs.JobCostCalculator;
import com.fieldops.costs.JobCosts;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Completed (or closed) jobs of a region, or of all regions, whose completion falls on a day from
 * {@code from} to {@code to} (inclusive) at the job's site, with their costs from the shared calculator.
 */
public final class CompletedJobs {
  private final EntityStore entities;

  public CompletedJobs(EntityStore entities) {
    this.entities = entities;
  }

  /** {@code region} null = every region (admins). Oldest completion first. */
  public List<CompletedJob> between(Connection c, String region, LocalDate from, LocalDate to) throws SQLException {
    String sql = "SELECT data FROM entity WHERE entity_type = 'WorkOrder' AND status IN ('COMPLETED', 'CLOSED')"
        + (region == null ? "" : " AND region = ?");
    List<String> docs = region == null ? Jdbc.query(c, sql, rs -> rs.getString(1))
        : Jdbc.query(c, sql, rs -> rs.getString(1), region);
    Map<UUID, Optional<Object>> cache = new HashMap<>();
    List<CompletedJob> out = new ArrayList<>();
    for (String doc : docs) {
      WorkOrder wo = read(doc, WorkOrder.class);
      List<StoredEntity> children = entities.childrenOf(c, wo.id());
      Instant completedAt = null;
      List<TimeEntry> time = new ArrayList<>();
      List<PartUsage> used = new ArrayList<>();
      for (StoredEntity e : children) {
        switch (e.type()) {
          case "WorkOrderEvent" -> {
            WorkOrderEvent ev = read(e.data(), WorkOrderEvent.class);
            if (ev instanceof WorkOrderEvent.StatusChanged s && s.to() == WorkOrderStatus.COMPLETED
                && (completedAt == null || s.occurredAt().isAfter(completedAt))) {
              completedAt = s.occurredAt();
            }
          }
          case "TimeEntry" -> time.add(read(e.data(), TimeEntry.class));
          case "PartUsage" -> used.add(read(e.data(), PartUsage.class));
          default -> { }
        }
      }
      if (completedAt == null) {
        continue; // imported as closed without its history: nothing dates it
      }
      Site site = find(c, cache, "Site", wo.siteId(), Site.class);
      ZoneId zone = site == null || site.timeZone() == null ? ZoneOffset.UTC : site.timeZone();
      LocalDate on = completedAt.atZone(zone).toLocalDate();
      if (on.isBefore(from) || on.isAfter(to)) {
        continue;
      }
      time.sort(Comparator.comparing(TimeEntry::start).thenComparing(TimeEntry::id));
      Set<UUID> who = new LinkedHashSet<>();
      time.forEach(t -> who.add(t.technicianId()));
      if (wo.assigneeId() != null) {
        who.add(wo.assigneeId());
      }
      Map<UUID, Technician> techs = new HashMap<>();
      for (UUID t : who) {
        Technician tech = find(c, cache, "Technician", t, Technician.class);
        if (tech != null) {
          techs.put(t, tech);
        }
      }
      Map<UUID, Part> parts = new HashMap<>();
      for (PartUsage u : used) {
        Part p = find(c, cache, "Part", u.partId(), Part.class);
        if (p != null) {
          parts.put(p.id(), p);
        }
      }
      JobCosts costs = JobCostCalculator.costs(wo, time, used, techs, parts);
      List<Technician> named = who.stream().filter(time.isEmpty() ? id -> true : id -> time.stream()
          .anyMatch(t -> t.technicianId().equals(id))).map(techs::get).filter(java.util.Objects::nonNull).toList();
      out.add(new CompletedJob(wo, completedAt, on, find(c, cache, "Customer", wo.customerId(), Customer.class), site,
          named, costs));
    }
    out.sort(Comparator.comparing(CompletedJob::completedAt).thenComparing(j -> j.workOrder().id()));
    return out;
  }

  private <T> T find(Connection c, Map<UUID, Optional<Object>> cache, String type, UUID id, Class<T> cls)
      throws SQLException {
    if (id == null) {
      return null;
    }
    Optional<Object> hit = cache.get(id);
    if (hit == null) {
      hit = entities.find(c, type, id, false).map(e -> (Object) read(e.data(), cls));
      cache.put(id, hit);
    }
    return hit.map(cls::cast).orElse(null);
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new com.fieldops.server.storage.StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
