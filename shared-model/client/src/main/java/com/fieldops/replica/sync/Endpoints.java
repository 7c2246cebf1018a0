package com.fieldops.replica.sync;

/** The server's sync API paths (docs/architecture.md "Sync"; served under /api/v1). */
final class Endpoints {
  static final String SIGN_IN = "/api/v1/auth/sign-in";
  static final String SIGN_OUT = "/api/v1/auth/sign-out";
  static final String RENEW = "/api/v1/auth/renew";
  static final String ME = "/api/v1/auth/me";
  /** Changes per pull page (the server accepts up to 5000). */
  static final int PULL_PAGE = 2000;
  static final String PUSH = "/api/v1/sync/push";
  static final String PULL = "/api/v1/sync/pull";
  /** A technician's jobs and what they need, asked before a first pull from 0 (docs/decisions/0031). */
  static final String WORKING_SET = "/api/v1/sync/working-set";
  static final String EVENTS = "/api/v1/events";
  /** Photo bytes by hash: {@code PHOTOS + sha256} (PUT chunks), {@code + "/upload"} (how much arrived). */
  static final String PHOTOS = "/api/v1/photos/";
  /** A job's photo: {@code WORK_ORDERS + id + "/photos/" + sha256}. */
  static final String WORK_ORDERS = "/api/v1/work-orders/";

  private Endpoints() {}
}
