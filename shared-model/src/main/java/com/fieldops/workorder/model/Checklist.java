package com.fieldops.workorder.model;

import com.fieldops.common.Lists;
import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Steps to tick off on a job (safety checks, preventive maintenance); complete = all required done. */
@CrossFieldRules
public record Checklist(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{checklist.workOrder.required}") UUID workOrderId,
    @NotBlank(message = "{checklist.title.required}") @Size(max = 200, message = "{checklist.title.size}") String title,
    @NotEmpty(message = "{checklist.items.required}") @Size(max = 200, message = "{checklist.items.size}")
    List<@NotNull(message = "{checklist.item.required}") @Valid ChecklistItem> items,
    Instant completedAt,
    UUID completedBy) implements CrossFieldChecked {

  public Checklist {
    items = Lists.copy(items);
  }

  public boolean requiredItemsDone() {
    return items.stream().filter(Objects::nonNull).filter(ChecklistItem::required).allMatch(ChecklistItem::done);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(completedAt != null, this::requiredItemsDone, "completedAt", "checklist.requiredItemsOpen")
        .require((completedAt == null) == (completedBy == null), "completedBy", "checklist.completion.partial")
        .breaches();
  }
}
