package com.fieldops.server.photo;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.path;
import static io.javalin.apibuilder.ApiBuilder.put;

import io.javalin.apibuilder.EndpointGroup;

/** The photo routes (see {@link PhotoController}); every one needs a session. */
public final class PhotoRoutes {
  private PhotoRoutes() {}

  public static EndpointGroup of(PhotoController photos) {
    return () -> path("/api/v1", () -> {
      put("/photos/{sha256}", photos::upload);
      get("/photos/{sha256}/upload", photos::status);
      get("/work-orders/{workOrderId}/photos/{sha256}", photos::bytes);
    });
  }
}
