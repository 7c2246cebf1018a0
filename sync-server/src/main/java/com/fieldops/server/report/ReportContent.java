package com.fieldops.server.report;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.WorkOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything a service report prints, read from the server's records in one snapshot when it is
 * rendered. Lists are in print order.
 *
 * @param costs the costs section, or null when the customer's contract does not show costs on reports
 *              (the section is then left out; see {@link ContractReportCosts})
 */
public record ReportContent(ServiceReport report, WorkOrder workOrder, Customer customer, Site site, Contact contact,
    Equipment equipment, String technicianName, Instant arrivedAt, Instant completedAt, List<Labour> labour,
    List<PartUsed> parts, List<Photo> photos, List<Checklist> checklists, List<MilestoneClock> sla, Costs costs) {

  public ReportContent {
    labour = List.copyOf(labour);
    parts = List.copyOf(parts);
    photos = List.copyOf(photos);
    checklists = List.copyOf(checklists);
    sla = List.copyOf(sla);
  }

  /** Time someone spent on the job. */
  public record Labour(String technicianName, String kind, Instant start, Instant end) {}

  /** A part used: its number, description, quantity and serial (if serialized). */
  public record PartUsed(String partNumber, String description, int quantity, String serialNumber) {}

  /** A photo of the job with its bytes (jobs whose photo bytes never reached the server print none). */
  public record Photo(String caption, Instant takenAt, String contentType, byte[] bytes) {}

  /**
   * What the customer pays, as their contract lets them see it: the lines and totals of the shared
   * {@code JobCostCalculator} (parts at price, never at cost), in the job's currency (ISO 4217 code).
   *
   * @param complete false when some time or part could not be priced and is left out of the totals
   */
  public record Costs(String currency, List<CostLine> lines, BigDecimal labour, BigDecimal travel, BigDecimal parts,
      BigDecimal total, boolean complete) {
    public Costs {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One priced line: time ({@code LABOUR}, {@code WAITING}, {@code TRAVEL}: who, hours, hourly rate) or a
   * part ({@code PART}: part number and description, quantity, price per unit); {@code amount} is what is
   * charged (zero for time not billable).
   */
  public record CostLine(String kind, String item, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
      boolean billable) {}
}
