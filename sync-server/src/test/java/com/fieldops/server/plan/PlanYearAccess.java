package com.fieldops.server.plan;

/** Test helpers of this package for tests elsewhere. */
public final class PlanYearAccess {
  private PlanYearAccess() {}

  public static <T> T parse(String json, Class<T> cls) {
    return PlanYear.parse(json, cls);
  }
}
