package com.fieldops.server.auth;

import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.http.Requests;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/v1/auth}: sign in, renew the token, sign out, who am I. */
public final class AuthController {
  private final AuthService auth;

  public AuthController(AuthService auth) {
    this.auth = auth;
  }

  public void signIn(Context ctx) {
    SignInRequest request = Requests.body(ctx, SignInRequest.class);
    ctx.json(auth.signIn(request, auth.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"))));
  }

  public void renew(Context ctx) {
    String header = ctx.header("Authorization");
    ctx.json(auth.renew(Callers.of(ctx), header == null ? "" : header.substring(7).trim()));
  }

  public void signOut(Context ctx) {
    auth.signOut(Callers.of(ctx));
    ctx.status(204);
  }

  public void me(Context ctx) {
    Principal p = Callers.of(ctx);
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("userId", p.userId());
    body.put("username", p.username());
    body.put("displayName", p.displayName());
    body.put("role", p.role());
    if (p.region() != null) {
      body.put("region", p.region());
    }
    if (p.technicianId() != null) {
      body.put("technicianId", p.technicianId());
    }
    ctx.json(Map.copyOf(body));
  }
}
