package com.fieldops.server.costs;

import com.fieldops.identity.model.Role;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/exports/completed-jobs.csv?from=2026-03-01&to=2026-03-31[&region=]}: the jobs
 * completed on those days (at their site, both days included) with their costs, for billing
 * ({@link CompletedJobsCsv} lists the columns). Office staff only: dispatchers and supervisors get their
 * region, admins every region or the one named.
 */
public final class ExportController {
  private static final Logger log = LoggerFactory.getLogger(ExportController.class);
  /** A year and a day: a yearly statement, not the whole history in one request. */
  static final long MAX_DAYS = 366;

  private final Database db;
  private final CompletedJobs jobs;

  public ExportController(Database db) {
    this.db = db;
    this.jobs = new CompletedJobs(new EntityStore(db.dialect()));
  }

  public void completedJobs(Context ctx) {
    Principal p = Callers.of(ctx);
    String region;
    if (p.role() == Role.ADMIN) {
      String named = ctx.queryParam("region");
      region = named == null || named.isBlank() ? null : named;
    } else if ((p.role() == Role.DISPATCHER || p.role() == Role.SUPERVISOR) && p.region() != null) {
      region = p.region();
    } else {
      throw DomainException.forbidden();
    }
    LocalDate from = date(ctx, "from");
    LocalDate to = date(ctx, "to");
    if (to.isBefore(from)) {
      throw DomainException.of(DomainException.Kind.INVALID, "BAD_PARAMETER", "export.error.toBeforeFrom", "to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw DomainException.of(DomainException.Kind.INVALID, "BAD_PARAMETER", "export.error.tooLong", "to", MAX_DAYS);
    }
    long started = System.nanoTime();
    List<CompletedJob> rows = db.read(c -> jobs.between(c, region, from, to));
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 256);
    try {
      CompletedJobsCsv.write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("event=export.completedJobs user={} region={} from={} to={} jobs={} incomplete={} ms={}", p.username(),
        region == null ? "*" : region, from, to, rows.size(), rows.stream().filter(j -> !j.costs().complete()).count(),
        (System.nanoTime() - started) / 1_000_000);
    ctx.header("Content-Disposition", "attachment; filename=\"completed-jobs-" + from + "-" + to + ".csv\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(out.toByteArray());
  }

  /** A required ISO date (2026-03-31), or a 400 naming the parameter. */
  private static LocalDate date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      throw DomainException.of(DomainException.Kind.INVALID, "BAD_PARAMETER", "export.error.dateRequired", name, name);
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.of(DomainException.Kind.INVALID, "BAD_PARAMETER", "export.error.dateFormat", name, name);
    }
  }
}
