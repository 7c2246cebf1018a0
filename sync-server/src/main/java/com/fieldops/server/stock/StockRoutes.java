package com.fieldops.server.stock;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;

import io.javalin.apibuilder.EndpointGroup;

/** The stock feature's routes (serial traceability for the office). */
public final class StockRoutes {
  private StockRoutes() {}

  public static EndpointGroup of(StockController stock) {
    return () -> path("/api/v1/stock", () -> {
      get("/serials/{serial}", stock::serialHistory);
      get("/equipment/{id}/serials", stock::installedIn);
    });
  }
}
