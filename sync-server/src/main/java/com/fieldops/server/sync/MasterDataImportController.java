package com.fieldops.server.sync;

import com.fieldops.common.json.Json;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.http.Locales;
import com.fieldops.common.validation.MessageBundles;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/import/master-data}: a customers-sites-equipment CSV file (UTF-8, with or
 * without BOM) as the body, for office staff and admins. 200 {@code {rows, customers, sites,
 * equipment}} when all of it was imported; 400 {@code {code: IMPORT_INVALID, message, field: null,
 * errors: [{row, column, message}]}} listing every problem, and then nothing was imported.
 */
public final class MasterDataImportController {
  private final MasterDataImporter importer;

  public MasterDataImportController(MasterDataImporter importer) {
    this.importer = importer;
  }

  public void importFile(Context ctx) {
    Principal p = Callers.of(ctx);
    if (!(p.actor().isAdmin() || p.actor().isOffice())) {
      throw DomainException.forbidden();
    }
    Locale locale = Locales.of(ctx);
    MasterDataImporter.Outcome outcome = importer.importFile(ctx.bodyAsBytes(), p.actor(), p.deviceId(), locale);
    if (outcome.problems().isEmpty()) {
      ctx.json(outcome.imported());
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", "IMPORT_INVALID");
    body.put("message", MessageBundles.format(locale, "import.failed", outcome.problems().size()));
    body.put("field", null);
    body.put("errors", outcome.problems());
    ctx.status(400).contentType("application/json").result(Json.write(body));
  }
}
