package com.fieldops.server.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.Money;
import com.fieldops.common.json.Json;
import com.fieldops.costs.CostLine;
import com.fieldops.costs.CostLineKind;
import com.fieldops.costs.JobCostCalculator;
import com.fieldops.costs.JobCosts;
import com.fieldops.customer.model.ContractCover;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Costs on the report where the customer's contract says they see them ({@link
 * ServiceContract#showCostsOnReport()}): the contract that covers the job (the machine's over the
 * customer's, in force on the day the job was created at the site, as for its SLA policy), and the
 * figures of the shared {@link JobCostCalculator}, the same the console and the billing export show.
 * Parts are printed at their price, never at cost.
 */
public final class ContractReportCosts implements ReportCosts {
  private final EntityStore store;

  public ContractReportCosts(EntityStore store) {
    this.store = store;
  }

  @Override
  public ReportContent.Costs costsOf(Connection c, ReportContent content) throws SQLException {
    WorkOrder job = content.workOrder();
    LocalDate day = job.createdAt().atZone(content.site().timeZone()).toLocalDate();
    List<ServiceContract> contracts = new ArrayList<>();
    for (StoredEntity e : store.all(c, EntityNames.of(ServiceContract.class))) {
      contracts.add(parse(e.data(), ServiceContract.class));
    }
    Optional<ServiceContract> contract = ContractCover.inForce(job.customerId(), job.equipmentId(), contracts, day,
        sc -> true);
    if (contract.isEmpty() || !contract.get().showCostsOnReport()) {
      return null;
    }
    List<TimeEntry> time = new ArrayList<>();
    List<PartUsage> used = new ArrayList<>();
    for (StoredEntity e : store.childrenOf(c, job.id())) {
      switch (e.type()) {
        case "TimeEntry" -> time.add(parse(e.data(), TimeEntry.class));
        case "PartUsage" -> used.add(parse(e.data(), PartUsage.class));
        default -> { }
      }
    }
    Map<UUID, Technician> technicians = new HashMap<>();
    for (UUID id : idsOf(time.stream().map(TimeEntry::technicianId).toList(), job.assigneeId())) {
      find(c, Technician.class, id).ifPresent(t -> technicians.put(id, t));
    }
    Map<UUID, Part> parts = new HashMap<>();
    for (UUID id : idsOf(used.stream().map(PartUsage::partId).toList(), null)) {
      find(c, Part.class, id).ifPresent(p -> parts.put(id, p));
    }
    JobCosts costs = JobCostCalculator.costs(job, time, used, technicians, parts);
    if (costs.currency() == null) {
      return null; // nothing on the job has a rate or a price: no figures to show
    }
    List<ReportContent.CostLine> lines = new ArrayList<>();
    for (CostLine l : costs.lines()) {
      String item = l.kind() == CostLineKind.PART
          ? Optional.ofNullable(parts.get(l.partId())).map(p -> p.sku() + " " + p.name()).orElse("?")
          : Optional.ofNullable(technicians.get(l.who())).map(Technician::name).orElse("-");
      lines.add(new ReportContent.CostLine(l.kind().name(), item, l.quantity(), amount(l.unitRate()),
          amount(l.charged()), l.billable()));
    }
    return new ReportContent.Costs(costs.currency().getCurrencyCode(), lines, amount(costs.labour()),
        amount(costs.travel()), amount(costs.partsAtPrice()), amount(costs.total()), costs.complete());
  }

  private static List<UUID> idsOf(List<UUID> ids, UUID extra) {
    List<UUID> all = new ArrayList<>(ids);
    if (extra != null) {
      all.add(extra);
    }
    return all.stream().distinct().toList();
  }

  private static BigDecimal amount(Money m) {
    return m == null ? null : m.amount();
  }

  private <T> Optional<T> find(Connection c, Class<T> type, UUID id) throws SQLException {
    return id == null ? Optional.empty()
        : store.find(c, EntityNames.of(type), id, false).map(s -> parse(s.data(), type));
  }

  private static <T> T parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
