package com.fieldops.identity.admin;

import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import com.fieldops.identity.model.Role;
import java.util.List;
import java.util.UUID;

/**
 * What a role needs, for accounts made by an admin: a region for office staff, a technician record
 * for a technician and nothing else for others. Customer accounts belong to a customer contact and
 * are made with the customer portal, not here.
 */
final class RoleRules {
  private RoleRules() {}

  static List<RuleBreach> breaches(Role role, String region, UUID technicianId) {
    boolean office = role == Role.DISPATCHER || role == Role.SUPERVISOR;
    return Rules.check()
        .require(role != Role.CUSTOMER, "role", "useradmin.role.customer")
        .when(office, () -> region != null && !region.isBlank(), "region", "user.region.required")
        .when(role != null && !office, () -> region == null || region.isBlank(), "region",
            "useradmin.region.notAllowed")
        .when(role == Role.TECHNICIAN, () -> technicianId != null, "technicianId", "user.technician.required")
        .when(role != null && role != Role.TECHNICIAN, () -> technicianId == null, "technicianId",
            "user.technician.notAllowed")
        .breaches();
  }
}
