package com.fieldops.protocol.mutation;

import com.fieldops.model.user.Role;
import com.fieldops.model.workorder.WorkOrderStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The work-order lifecycle as mutations need it: which status moves exist and which roles may
 * make them. NEW -> ASSIGNED -> ACCEPTED -> EN_ROUTE -> ON_SITE <-> ON_HOLD -> COMPLETED -> CLOSED,
 * CANCELLED from any open state; (re)assignment goes through its own mutations.
 */
final class WorkflowRules {
  private static final Set<Role> FIELD = EnumSet.of(Role.TECHNICIAN, Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
  private static final Set<Role> OFFICE = EnumSet.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
  private static final Map<WorkOrderStatus, Map<WorkOrderStatus, Set<Role>>> MOVES = new EnumMap<>(WorkOrderStatus.class);

  static {
    move(WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED, FIELD);
    move(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, FIELD);
    move(WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE, FIELD);
    move(WorkOrderStatus.ON_SITE, WorkOrderStatus.ON_HOLD, FIELD);
    move(WorkOrderStatus.ON_HOLD, WorkOrderStatus.ON_SITE, FIELD);
    move(WorkOrderStatus.ON_SITE, WorkOrderStatus.COMPLETED, FIELD);
    move(WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED, OFFICE);
    for (WorkOrderStatus s : WorkOrderStatus.values()) {
      if (s.isOpen()) {
        move(s, WorkOrderStatus.CANCELLED, OFFICE);
      }
    }
  }

  private WorkflowRules() {}

  private static void move(WorkOrderStatus from, WorkOrderStatus to, Set<Role> roles) {
    MOVES.computeIfAbsent(from, f -> new EnumMap<>(WorkOrderStatus.class)).put(to, roles);
  }

  static boolean exists(WorkOrderStatus from, WorkOrderStatus to) {
    return MOVES.getOrDefault(from, Map.of()).containsKey(to);
  }

  static boolean allowed(WorkOrderStatus from, WorkOrderStatus to, Role role) {
    return MOVES.getOrDefault(from, Map.of()).getOrDefault(to, Set.of()).contains(role);
  }
}
