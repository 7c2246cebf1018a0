package com.fieldops.server.sync;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.imports.ImportColumn;
import com.fieldops.customer.imports.ImportProblem;
import com.fieldops.customer.imports.ImportResult;
import com.fieldops.customer.imports.MasterDataImport;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.mutation.UpsertEquipment;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.Mutations;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a customers-sites-equipment CSV file (decision 0021): every row is checked first by the
 * shared rules ({@link MasterDataImport}); then the records are applied as UpsertCustomer, UpsertSite
 * and UpsertEquipment mutations of the caller, in one transaction, so the same permission checks run
 * and replicas receive the records like any others. Any problem, in reading or in applying, imports
 * nothing and is reported by row and column.
 */
public final class MasterDataImporter {
  private static final Logger LOG = LoggerFactory.getLogger(MasterDataImporter.class);

  /** The outcome: what was imported, or the problems (then nothing was). */
  public record Outcome(ImportResult imported, List<ImportProblem> problems) {}

  private final PushService push;
  private final Clock clock;

  public MasterDataImporter(PushService push, Clock clock) {
    this.push = push;
    this.clock = clock;
  }

  public Outcome importFile(byte[] file, Actor actor, String deviceId, Locale locale) {
    MasterDataImport.Plan plan = MasterDataImport.read(file, locale);
    if (!plan.ok()) {
      log(actor, plan.rows(), plan.problems().size(), null);
      return new Outcome(null, plan.problems());
    }
    Instant now = clock.instant();
    List<MutationEnvelope> envelopes = new ArrayList<>(plan.records().size());
    for (MasterDataImport.Planned p : plan.records()) {
      Object payload;
      if (p.record() instanceof Customer c) {
        payload = new UpsertCustomer(c);
      } else if (p.record() instanceof Site s) {
        payload = new UpsertSite(s);
      } else {
        payload = new UpsertEquipment((Equipment) p.record());
      }
      envelopes.add(new MutationEnvelope(Ids.newId(), payload.getClass().getSimpleName(),
          com.fieldops.protocol.registry.EntityNames.idOf(p.record()), null, deviceId == null ? "import" : deviceId,
          now, Json.mapper().valueToTree(payload)));
    }
    Map<Integer, Rejection> refused = push.applyAllOrNothing(actor, locale, envelopes);
    if (!refused.isEmpty()) {
      List<ImportProblem> problems = new ArrayList<>();
      refused.forEach((i, r) -> {
        MasterDataImport.Planned p = plan.records().get(i);
        ImportColumn c = MasterDataImport.columnOf(p.record(), r.field(), false);
        problems.add(new ImportProblem(p.row(), c == null ? null : c.header(), Mutations.describe(r, locale)));
      });
      log(actor, plan.rows(), problems.size(), null);
      return new Outcome(null, problems);
    }
    ImportResult result = plan.result();
    log(actor, plan.rows(), 0, result);
    return new Outcome(result, List.of());
  }

  private static void log(Actor actor, int rows, int problems, ImportResult result) {
    LOG.atInfo().setMessage(result == null ? "import refused" : "import applied")
        .addKeyValue("event", result == null ? "import_refused" : "import_applied").addKeyValue("user", actor.userId())
        .addKeyValue("rows", rows).addKeyValue("problems", problems)
        .addKeyValue("customers", result == null ? 0 : result.customers())
        .addKeyValue("sites", result == null ? 0 : result.sites())
        .addKeyValue("equipment", result == null ? 0 : result.equipment()).log();
  }
}
