package com.fieldops.server.app;

import static io.javalin.apibuilder.ApiBuilder.delete;
import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fieldops.server.audit.AuditController;
import com.fieldops.server.auth.AuthController;
import com.fieldops.server.auth.UserAdminController;
import com.fieldops.server.costs.ExportController;
import com.fieldops.server.http.SystemController;
import com.fieldops.server.notify.NotifyController;
import com.fieldops.server.report.ReportController;
import com.fieldops.server.sla.SlaAdminController;
import com.fieldops.server.sync.EventsController;
import com.fieldops.server.sync.MasterDataImportController;
import com.fieldops.server.sync.SyncController;
import io.javalin.apibuilder.EndpointGroup;

/** Every route of the server, in one place: each maps to a controller beside its feature's services. */
final class Routes {
  private Routes() {}

  static EndpointGroup of(SystemController system, AuthController auth, SyncController sync, EventsController events,
      AuditController audit, NotifyController notify, SlaAdminController sla, UserAdminController users,
      MasterDataImportController imports, ReportController reports,
      ExportController exports) {
    return () -> {
      get("/health", system::health);
      get("/metrics", system::metrics);
      path("/api/v1", () -> {
        get("/openapi.json", system::openApi);
        path("/auth", () -> {
          post("/sign-in", auth::signIn);
          post("/renew", auth::renew);
          post("/sign-out", auth::signOut);
          get("/me", auth::me);
        });
        path("/sync", () -> {
          post("/push", sync::push);
          get("/pull", sync::pull);
          get("/working-set", sync::workingSet);
        });
        get("/events", events::open);
        get("/audit", audit::query);
        post("/import/master-data", imports::importFile);
        get("/reports/{workOrderId}/pdf", reports::pdf);
        post("/reports/{workOrderId}/render", reports::render);
        get("/exports/completed-jobs.csv", exports::completedJobs);
        path("/admin", () -> {
          get("/notifications", notify::list);
          post("/notifications/{id}/retry", notify::retry);
          get("/notify/recipients", notify::recipients);
          post("/notify/recipients", notify::addRecipient);
          delete("/notify/recipients/{id}", notify::removeRecipient);
          get("/sla/failed-clocks", sla::failed);
          get("/users", users::list);
          post("/users", users::create);
          post("/users/{id}/role", users::changeRole);
          post("/users/{id}/disable", users::disable);
          post("/users/{id}/enable", users::enable);
          post("/users/{id}/password", users::resetPassword);
          get("/report-seal", reports::seal);
        });
      });
    };
  }

  /** Paths anyone may call without a token. */
  static boolean isPublic(String path) {
    return path.equals("/health") || path.equals("/metrics") || path.equals("/api/v1/openapi.json")
        || path.equals("/api/v1/auth/sign-in");
  }
}
