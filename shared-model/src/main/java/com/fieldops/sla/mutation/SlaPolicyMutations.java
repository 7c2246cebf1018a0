package com.fieldops.sla.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;

/**
 * SLA policies and the default policy: admin work. The policy itself is validated by Bean
 * Validation (calendar, targets, thresholds, escalation rules) before these run.
 */
final class SlaPolicyMutations {
  private SlaPolicyMutations() {}

  static Outcome upsertPolicy(UpsertSlaPolicy p, MutationContext ctx) {
    if (!ctx.actor().isAdmin()) {
      return new Outcome.Rejected(Access.forbidden());
    }
    SlaPolicy policy = p.policy();
    if (policy.id() == null) {
      return Outcome.reject(Codes.INVALID, "protocol.entityId.required", "policy.id");
    }
    if (ctx.entityId() == null || !ctx.entityId().equals(policy.id())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.idMismatch", "policy.id");
    }
    return Outcome.Applied.of(policy);
  }

  static Outcome setDefault(SetDefaultSlaPolicy p, MutationContext ctx) {
    if (!ctx.actor().isAdmin()) {
      return new Outcome.Rejected(Access.forbidden());
    }
    if (ctx.entityId() == null || !ctx.entityId().equals(DefaultSlaPolicy.ID)) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.idMismatch", "entityId");
    }
    if (ctx.lookup().find(SlaPolicy.class, p.policyId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("policyId", "SlaPolicy", p.policyId()));
    }
    return Outcome.Applied.of(DefaultSlaPolicy.of(p.policyId()));
  }
}
