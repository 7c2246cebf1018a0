package com.fieldops.server.auth;

import com.fieldops.server.error.DomainException;
import io.javalin.http.Context;

/**
 * Who is calling: the principal the server's authentication step attached to a request. Lives
 * beside the principal, not in the HTTP layer, so that layer depends on no feature.
 */
public final class Callers {
  private static final String ATTRIBUTE = "fieldops.principal";

  private Callers() {}

  /** The signed-in caller, or a refusal asking to sign in. */
  public static Principal of(Context ctx) {
    Principal p = ctx.attribute(ATTRIBUTE);
    if (p == null) {
      throw DomainException.unauthenticated();
    }
    return p;
  }

  public static void attach(Context ctx, Principal principal) {
    ctx.attribute(ATTRIBUTE, principal);
  }
}
