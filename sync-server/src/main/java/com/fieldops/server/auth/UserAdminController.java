package com.fieldops.server.auth;

import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.PasswordReset;
import com.fieldops.identity.admin.UserRoleChange;
import com.fieldops.identity.model.Role;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.http.Requests;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;

/**
 * Admin API for users, the console's twin of the {@code user} CLI (same {@link AuthService}). Every
 * call is an admin's: anyone else gets 403 and nothing changes. Bad input gets 400 naming the
 * field; every change is a security event with the acting admin, and a log line.
 *
 * <pre>
 * GET  /api/v1/admin/users
 * POST /api/v1/admin/users                  {username, displayName, role, region?, technicianId?, language?, password}
 * POST /api/v1/admin/users/{id}/role        {role, region?, technicianId?, language?}
 * POST /api/v1/admin/users/{id}/disable
 * POST /api/v1/admin/users/{id}/enable
 * POST /api/v1/admin/users/{id}/password    {password}
 * </pre>
 */
public final class UserAdminController {
  private final AuthService auth;

  public UserAdminController(AuthService auth) {
    this.auth = auth;
  }

  public void list(Context ctx) {
    admin(ctx);
    ctx.json(Map.of("users", auth.users()));
  }

  public void create(Context ctx) {
    UUID by = admin(ctx);
    NewUser u = Requests.body(ctx, NewUser.class);
    ctx.status(201).json(auth.createUser(u, by));
  }

  public void changeRole(Context ctx) {
    UUID by = admin(ctx);
    UUID id = pathId(ctx);
    UserRoleChange change = Requests.body(ctx, UserRoleChange.class);
    ctx.json(auth.changeRole(id, change, by));
  }

  public void disable(Context ctx) {
    UUID by = admin(ctx);
    ctx.json(auth.setDisabled(pathId(ctx), true, by));
  }

  public void enable(Context ctx) {
    UUID by = admin(ctx);
    ctx.json(auth.setDisabled(pathId(ctx), false, by));
  }

  public void resetPassword(Context ctx) {
    UUID by = admin(ctx);
    UUID id = pathId(ctx);
    PasswordReset reset = Requests.body(ctx, PasswordReset.class);
    auth.resetPassword(id, reset.password(), by);
    ctx.status(204);
  }

  /** The acting admin's user id; 403 for anyone else (before the body is read). */
  private static UUID admin(Context ctx) {
    Principal p = Callers.of(ctx);
    if (p.role() != Role.ADMIN) {
      throw DomainException.forbidden();
    }
    return p.userId();
  }

  private static UUID pathId(Context ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw DomainException.badParameter("id");
    }
  }
}
