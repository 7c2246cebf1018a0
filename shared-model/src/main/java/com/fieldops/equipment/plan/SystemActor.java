package com.fieldops.equipment.plan;

import com.fieldops.identity.model.Role;
import com.fieldops.protocol.mutation.Actor;
import java.util.UUID;

/**
 * The server acting on its own behalf (generating planned visits). Its user id is fixed, the same
 * on every instance, so a visit one instance generated is another instance's replay, not a
 * "mutation id of another user". No account has this id: nobody can sign in as it, and a pushed
 * GeneratePlannedVisit from anyone else is refused.
 */
public final class SystemActor {
  public static final UUID USER_ID = UUID.fromString("00000000-0000-7000-8000-00000000f1e1");

  private SystemActor() {}

  public static Actor actor() {
    return new Actor(USER_ID, Role.ADMIN, null, null);
  }

  public static boolean is(Actor actor) {
    return actor != null && USER_ID.equals(actor.userId());
  }
}
