package com.fieldops.server.costs;

import com.fieldops.common.Money;
import com.fieldops.costs.CostLine;
import com.fieldops.costs.CostLineKind;
import com.fieldops.costs.JobCosts;
import com.fieldops.identity.model.Technician;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The billing export of completed jobs: one row per job, for a spreadsheet or an accounting import.
 * UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local code page and Chinese names
 * turn into mojibake), CRLF line ends, comma-separated, fields quoted when needed (RFC 4180). Numbers
 * are plain decimals with a '.' and no grouping, dates and instants ISO-8601, whatever the server's or
 * the caller's locale: the file is data, not a report.
 *
 * <p>Columns, in this order ({@link #COLUMNS}):
 * <ol>
 *   <li>{@code work_order} number (WO-2026-000123)</li>
 *   <li>{@code completed_on} the day at the site (yyyy-MM-dd); {@code completed_at} the instant (UTC)</li>
 *   <li>{@code customer_account}, {@code customer}, {@code site}, {@code region}</li>
 *   <li>{@code technicians} names, "; " between them</li>
 *   <li>{@code labour_hours}, {@code labour} (labour and waiting), {@code travel_hours}, {@code travel}</li>
 *   <li>{@code parts_at_cost}, {@code parts_at_price}</li>
 *   <li>{@code total} billed = labour + travel + parts at price; {@code currency} (ISO 4217)</li>
 *   <li>{@code complete} "yes", or "no" when a time entry or part is left out; {@code problems} the codes
 *   of what was left out ({@code NO_RATE}, {@code UNKNOWN_TECHNICIAN}, {@code UNKNOWN_PART},
 *   {@code OTHER_CURRENCY}), "; " between them</li>
 * </ol>
 * Amounts are empty when nothing on the job has a rate or price (currency unknown).
 */
public final class CompletedJobsCsv {
  public static final List<String> COLUMNS = List.of("work_order", "completed_on", "completed_at", "customer_account",
      "customer", "site", "region", "technicians", "labour_hours", "labour", "travel_hours", "travel", "parts_at_cost",
      "parts_at_price", "total", "currency", "complete", "problems");
  static final char BOM = '\uFEFF';

  private CompletedJobsCsv() {}

  public static void write(List<CompletedJob> jobs, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(BOM);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
        .setHeader(COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter csv = new CSVPrinter(w, format)) {
      for (CompletedJob j : jobs) {
        JobCosts c = j.costs();
        csv.printRecord(
            j.workOrder().label(),
            j.completedOn().toString(),
            j.completedAt().toString(),
            j.customer() == null ? "" : nullToEmpty(j.customer().accountNumber()),
            j.customer() == null ? "" : j.customer().name(),
            j.site() == null ? "" : j.site().name(),
            j.workOrder().region(),
            j.technicians().stream().map(Technician::name).collect(Collectors.joining("; ")),
            hours(c, CostLineKind.LABOUR, CostLineKind.WAITING),
            amount(c.labour()),
            hours(c, CostLineKind.TRAVEL),
            amount(c.travel()),
            amount(c.partsAtCost()),
            amount(c.partsAtPrice()),
            amount(c.total()),
            c.currency() == null ? "" : c.currency().getCurrencyCode(),
            c.complete() ? "yes" : "no",
            c.problems().stream().map(p -> p.code().name()).distinct().collect(Collectors.joining("; ")));
      }
    }
  }

  private static String hours(JobCosts c, CostLineKind... kinds) {
    List<CostLineKind> wanted = List.of(kinds);
    BigDecimal sum = c.lines().stream().filter(l -> wanted.contains(l.kind())).map(CostLine::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String amount(Money m) {
    return m == null ? "" : m.amount().toPlainString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
