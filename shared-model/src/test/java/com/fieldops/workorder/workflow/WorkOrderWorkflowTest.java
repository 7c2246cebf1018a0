package com.fieldops.workorder.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.Samples;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkOrderWorkflowTest {
  /**
   * The specification, written independently of {@link Transition}: every legal move and who makes
   * it. OFFICE = dispatcher, supervisor, admin; FIELD = technician, admin. Anything not listed is
   * refused for everyone.
   */
  private static final String LIFECYCLE = """
      NEW       -> ASSIGNED  : OFFICE
      ASSIGNED  -> ASSIGNED  : OFFICE
      ACCEPTED  -> ASSIGNED  : OFFICE
      EN_ROUTE  -> ASSIGNED  : OFFICE
      ON_SITE   -> ASSIGNED  : OFFICE
      ON_HOLD   -> ASSIGNED  : OFFICE
      ASSIGNED  -> ACCEPTED  : FIELD
      ACCEPTED  -> EN_ROUTE  : FIELD
      EN_ROUTE  -> ON_SITE   : FIELD
      ON_SITE   -> ON_HOLD   : FIELD
      ON_HOLD   -> ON_SITE   : FIELD
      ON_SITE   -> COMPLETED : FIELD
      COMPLETED -> CLOSED    : OFFICE
      NEW       -> CANCELLED : OFFICE
      ASSIGNED  -> CANCELLED : OFFICE
      ACCEPTED  -> CANCELLED : OFFICE
      EN_ROUTE  -> CANCELLED : OFFICE
      ON_SITE   -> CANCELLED : OFFICE
      ON_HOLD   -> CANCELLED : OFFICE
      """;
  private static final Map<String, Set<Role>> WHO = Map.of(
      "OFFICE", EnumSet.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN),
      "FIELD", EnumSet.of(Role.TECHNICIAN, Role.ADMIN));
  private static final Map<List<WorkOrderStatus>, Set<Role>> SPEC = new HashMap<>();

  static {
    for (String line : LIFECYCLE.strip().split("\n")) {
      String[] p = line.trim().split("\\s*(->|:)\\s*");
      SPEC.put(List.of(WorkOrderStatus.valueOf(p[0]), WorkOrderStatus.valueOf(p[1])), WHO.get(p[2]));
    }
  }

  static Stream<Arguments> everyRoleFromTo() {
    List<Arguments> all = new ArrayList<>();
    for (Role role : Role.values()) {
      for (WorkOrderStatus from : WorkOrderStatus.values()) {
        for (WorkOrderStatus to : WorkOrderStatus.values()) {
          all.add(Arguments.of(role, from, to));
        }
      }
    }
    return all.stream();
  }

  private static RefusalReason expectedRefusal(Role role, WorkOrderStatus from, WorkOrderStatus to) {
    if (SPEC.containsKey(List.of(from, to))) {
      return RefusalReason.ROLE_NOT_ALLOWED;
    }
    if (from == WorkOrderStatus.CLOSED || from == WorkOrderStatus.CANCELLED) {
      return RefusalReason.FINISHED;
    }
    return from == to ? RefusalReason.UNCHANGED : RefusalReason.NO_SUCH_MOVE;
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("everyRoleFromTo")
  void everyCombinationOfRoleAndStatusesFollowsTheLifecycleTable(Role role, WorkOrderStatus from, WorkOrderStatus to) {
    TransitionCheck check = WorkOrderWorkflow.check(role, from, to);
    boolean allowed = SPEC.getOrDefault(List.of(from, to), Set.of()).contains(role);
    assertThat(check.allowed()).isEqualTo(allowed);
    if (check instanceof TransitionCheck.Allowed a) {
      assertThat(a.transition().from()).contains(from);
      assertThat(a.transition().to()).isEqualTo(to);
    } else if (check instanceof TransitionCheck.Refused r) {
      assertThat(r.reason()).isEqualTo(expectedRefusal(role, from, to));
      assertThat(r.message(Locale.ENGLISH)).doesNotContain("{").doesNotContain("workflow.").endsWith(".");
      assertThat(r.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{").matches("(?s).*[\\u4e00-\\u9fff].*");
    }
  }

  @ParameterizedTest(name = "{0}: from {1}")
  @MethodSource("everyRoleFrom")
  void theOfferedTargetsAreExactlyTheAllowedMoves(Role role, WorkOrderStatus from) {
    Set<WorkOrderStatus> expected = EnumSet.noneOf(WorkOrderStatus.class);
    for (WorkOrderStatus to : WorkOrderStatus.values()) {
      if (WorkOrderWorkflow.check(role, from, to).allowed()) {
        expected.add(to);
      }
    }
    assertThat(WorkOrderWorkflow.allowedTargets(role, from)).isEqualTo(expected);
  }

  static Stream<Arguments> everyRoleFrom() {
    return Stream.of(Role.values()).flatMap(r -> Stream.of(WorkOrderStatus.values()).map(s -> Arguments.of(r, s)));
  }

  @ParameterizedTest
  @EnumSource(WorkOrderStatus.class)
  void aCustomerCanMoveNothing(WorkOrderStatus from) {
    assertThat(WorkOrderWorkflow.allowedTargets(Role.CUSTOMER, from)).isEmpty();
  }

  @Test
  void theHappyPathRunsFromNewToClosed() {
    assertThat(WorkOrderWorkflow.check(Role.DISPATCHER, WorkOrderStatus.NEW, WorkOrderStatus.ASSIGNED))
        .isEqualTo(new TransitionCheck.Allowed(Transition.ASSIGN));
    assertThat(WorkOrderWorkflow.check(Role.TECHNICIAN, WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED))
        .isEqualTo(new TransitionCheck.Allowed(Transition.ACCEPT));
    assertThat(WorkOrderWorkflow.check(Role.TECHNICIAN, WorkOrderStatus.ON_SITE, WorkOrderStatus.ON_HOLD))
        .isEqualTo(new TransitionCheck.Allowed(Transition.PUT_ON_HOLD));
    assertThat(WorkOrderWorkflow.check(Role.TECHNICIAN, WorkOrderStatus.ON_HOLD, WorkOrderStatus.ON_SITE))
        .isEqualTo(new TransitionCheck.Allowed(Transition.RESUME));
    assertThat(WorkOrderWorkflow.check(Role.SUPERVISOR, WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED))
        .isEqualTo(new TransitionCheck.Allowed(Transition.CLOSE));
  }

  @Test
  void assignedToAssignedIsAReassignment() {
    assertThat(WorkOrderWorkflow.check(Role.DISPATCHER, WorkOrderStatus.ASSIGNED, WorkOrderStatus.ASSIGNED))
        .isEqualTo(new TransitionCheck.Allowed(Transition.REASSIGN));
    assertThat(WorkOrderWorkflow.check(Role.DISPATCHER, WorkOrderStatus.ON_HOLD, WorkOrderStatus.ASSIGNED))
        .isEqualTo(new TransitionCheck.Allowed(Transition.REASSIGN));
  }

  @Nested
  class RefusalsReadWell {
    private String en(Role role, WorkOrderStatus from, WorkOrderStatus to) {
      return ((TransitionCheck.Refused) WorkOrderWorkflow.check(role, from, to)).message(Locale.ENGLISH);
    }

    private String zh(Role role, WorkOrderStatus from, WorkOrderStatus to) {
      return ((TransitionCheck.Refused) WorkOrderWorkflow.check(role, from, to)).message(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void skippingAStepListsWhereTheWorkOrderCanGo() {
      assertThat(en(Role.ADMIN, WorkOrderStatus.NEW, WorkOrderStatus.ON_SITE))
          .isEqualTo("A work order cannot go from New to On site. From New it can go to: Assigned, Cancelled.");
      assertThat(zh(Role.ADMIN, WorkOrderStatus.NEW, WorkOrderStatus.ON_SITE))
          .isEqualTo("工单不能从“新建”变为“在现场”。从“新建”只能变为：已指派、已取消。");
    }

    @Test
    void aDispatcherDoesNotMakeFieldMoves() {
      assertThat(en(Role.DISPATCHER, WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED)).isEqualTo(
          "A dispatcher cannot move a work order from Assigned to Accepted: the assigned technician does that.");
      assertThat(zh(Role.DISPATCHER, WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED))
          .isEqualTo("调度员不能将工单从“已指派”变为“已接单”：这由被指派的技术员操作。");
    }

    @Test
    void aTechnicianDoesNotCloseOrCancel() {
      assertThat(en(Role.TECHNICIAN, WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED))
          .isEqualTo("A technician cannot close the work order: a dispatcher or supervisor does that.");
      assertThat(en(Role.TECHNICIAN, WorkOrderStatus.ON_SITE, WorkOrderStatus.CANCELLED))
          .isEqualTo("A technician cannot cancel the work order: a dispatcher or supervisor does that.");
      assertThat(zh(Role.TECHNICIAN, WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED))
          .isEqualTo("技术员不能关闭工单：这由调度员或主管操作。");
    }

    @Test
    void aFinishedWorkOrderStaysFinished() {
      assertThat(en(Role.ADMIN, WorkOrderStatus.CANCELLED, WorkOrderStatus.ASSIGNED))
          .isEqualTo("The work order is Cancelled: its status can no longer change.");
      assertThat(en(Role.ADMIN, WorkOrderStatus.CLOSED, WorkOrderStatus.CANCELLED))
          .isEqualTo("The work order is Closed: its status can no longer change.");
    }

    @Test
    void aCompletedWorkOrderCanOnlyBeClosed() {
      assertThat(en(Role.DISPATCHER, WorkOrderStatus.COMPLETED, WorkOrderStatus.CANCELLED))
          .isEqualTo("A work order cannot go from Completed to Cancelled. From Completed it can go to: Closed.");
    }

    @Test
    void theSameStatusAgainIsNoMove() {
      assertThat(en(Role.TECHNICIAN, WorkOrderStatus.ON_SITE, WorkOrderStatus.ON_SITE))
          .isEqualTo("The work order is already On site.");
    }

    @Test
    void customersAreToldPolitely() {
      assertThat(en(Role.CUSTOMER, WorkOrderStatus.ASSIGNED, WorkOrderStatus.CANCELLED))
          .isEqualTo("Customers cannot change the status of a work order.");
      assertThat(zh(Role.CUSTOMER, WorkOrderStatus.ASSIGNED, WorkOrderStatus.CANCELLED)).isEqualTo("客户不能更改工单状态。");
    }
  }

  @Nested
  class OwnJobOnly {
    private final WorkOrder assignedToJonas = Samples.workOrder(); // ASSIGNED to Samples.TECHNICIAN_ID
    private final UUID someoneElse = UUID.fromString("01900000-0000-7000-8000-0000000000ee");

    @Test
    void theAssignedTechnicianMayAccept() {
      assertThat(WorkOrderWorkflow.check(Role.TECHNICIAN, Samples.TECHNICIAN_ID, assignedToJonas, WorkOrderStatus.ACCEPTED))
          .isEqualTo(new TransitionCheck.Allowed(Transition.ACCEPT));
    }

    @Test
    void anotherTechnicianMayNot() {
      TransitionCheck check = WorkOrderWorkflow.check(Role.TECHNICIAN, someoneElse, assignedToJonas, WorkOrderStatus.ACCEPTED);
      assertThat(check).isInstanceOf(TransitionCheck.Refused.class);
      TransitionCheck.Refused refused = (TransitionCheck.Refused) check;
      assertThat(refused.reason()).isEqualTo(RefusalReason.NOT_YOUR_JOB);
      assertThat(refused.message(Locale.ENGLISH)).isEqualTo("Work order WO-2026-000123 is assigned to another technician.");
      assertThat(refused.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("工单 WO-2026-000123 已指派给其他技术员。");
    }

    @Test
    void aTechnicianWithoutATechnicianRecordMayNot() {
      assertThat(WorkOrderWorkflow.check(Role.TECHNICIAN, null, assignedToJonas, WorkOrderStatus.ACCEPTED).allowed()).isFalse();
    }

    @Test
    void anAdminMayMoveAnyJob() {
      assertThat(WorkOrderWorkflow.check(Role.ADMIN, null, assignedToJonas, WorkOrderStatus.ACCEPTED).allowed()).isTrue();
    }

    @Test
    void theRoleRefusalComesBeforeTheOwnershipOne() {
      TransitionCheck check = WorkOrderWorkflow.check(Role.TECHNICIAN, someoneElse, assignedToJonas, WorkOrderStatus.CANCELLED);
      assertThat(((TransitionCheck.Refused) check).reason()).isEqualTo(RefusalReason.ROLE_NOT_ALLOWED);
    }
  }

  @Test
  void statusNamesExistInBothLanguages() {
    for (WorkOrderStatus s : WorkOrderStatus.values()) {
      assertThat(WorkflowText.status(s, Locale.ENGLISH)).isNotBlank();
      assertThat(WorkflowText.status(s, Locale.SIMPLIFIED_CHINESE)).matches(".*[\\u4e00-\\u9fff].*");
    }
    assertThat(WorkflowText.status(WorkOrderStatus.EN_ROUTE, Locale.GERMAN)).isEqualTo("En route");
  }
}
