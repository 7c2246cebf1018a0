package com.fieldops.sla;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which states stop the clocks. A status in {@code statuses} pauses; {@code ON_HOLD} pauses only
 * with one of {@code onHoldReasons} (an ON_HOLD without a reason counts as {@code OTHER}).
 * Default: ON_HOLD waiting for the customer or for parts.
 */
public record PauseRule(Set<WorkOrderStatus> statuses, Set<OnHoldReason> onHoldReasons) {

  public PauseRule {
    // enum sets: stable order in JSON and equality independent of the input collection
    statuses = enumSet(WorkOrderStatus.class, statuses);
    onHoldReasons = enumSet(OnHoldReason.class, onHoldReasons);
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Set<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    if (values != null) {
      values.stream().filter(Objects::nonNull).forEach(set::add);
    }
    return Collections.unmodifiableSet(set);
  }

  public static PauseRule defaults() {
    return new PauseRule(Set.of(WorkOrderStatus.ON_HOLD),
        Set.of(OnHoldReason.WAITING_FOR_CUSTOMER, OnHoldReason.WAITING_FOR_PARTS));
  }

  /** A rule that never pauses. */
  public static PauseRule never() {
    return new PauseRule(Set.of(), Set.of());
  }

  public boolean pauses(WorkOrderStatus status, OnHoldReason reason) {
    if (status == null || !statuses.contains(status)) {
      return false;
    }
    if (status != WorkOrderStatus.ON_HOLD) {
      return true;
    }
    return onHoldReasons.contains(reason == null ? OnHoldReason.OTHER : reason);
  }
}
