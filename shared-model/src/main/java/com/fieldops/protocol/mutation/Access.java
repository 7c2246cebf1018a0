package com.fieldops.protocol.mutation;

import java.util.Optional;
import java.util.UUID;

/** The answers every feature's mutations give to someone who may not act, and the office-staff check. */
public final class Access {
  private Access() {}

  /** A record the actor may not see reads exactly like one that does not exist. */
  public static Rejection notFound(String field, String what, UUID id) {
    return Rejection.of(Codes.NOT_FOUND, "protocol.rejected.notFound", field, what, String.valueOf(id));
  }

  public static Rejection forbidden() {
    return Rejection.of(Codes.FORBIDDEN, "protocol.rejected.forbidden", null);
  }

  /** Forbidden because of what {@code field} says (e.g. {@code type}: a mutation only the server may send). */
  public static Rejection forbidden(String field) {
    return Rejection.of(Codes.FORBIDDEN, "protocol.rejected.forbidden", field);
  }

  /**
   * Master data (customers, sites, equipment, technicians) is written by office staff or an admin,
   * and the envelope's entity id must be the record's own.
   */
  public static Optional<Rejection> officeAndId(MutationContext ctx, UUID recordId, String idField) {
    if (!(ctx.actor().isAdmin() || ctx.actor().isOffice())) {
      return Optional.of(forbidden());
    }
    if (ctx.entityId() == null || !ctx.entityId().equals(recordId)) {
      return Optional.of(Rejection.of(Codes.MISMATCH, "protocol.rejected.idMismatch", idField));
    }
    return Optional.empty();
  }
}
