package com.fieldops.server.http;

import io.javalin.Javalin;
import java.util.Map;

/** Builds the HTTP server from its dependencies so tests can start it in-process on port 0. */
public final class SyncServer implements AutoCloseable {
  private final Javalin app;

  private SyncServer(Javalin app) {
    this.app = app;
  }

  public static SyncServer start(int port) {
    Javalin app = Javalin.create(cfg -> cfg.showJavalinBanner = false);
    app.get("/health", ctx -> ctx.json(Map.of("status", "UP")));
    app.start("127.0.0.1", port);
    return new SyncServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
