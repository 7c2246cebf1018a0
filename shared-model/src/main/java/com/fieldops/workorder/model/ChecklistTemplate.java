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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The steps every job of one work-order type, or every job on one equipment model, gets as its
 * checklist when it is created. {@code region} null: for every region (an administrator's template).
 * An inactive template gives new jobs nothing; jobs that have its checklist keep it.
 */
@CrossFieldRules
public record ChecklistTemplate(
    @NotNull(message = "{id.required}") UUID id,
    @NotBlank(message = "{checklist.title.required}") @Size(max = 200, message = "{checklist.title.size}") String title,
    WorkOrderType workOrderType,
    @Size(max = 100, message = "{equipment.model.size}") String equipmentModel,
    @Size(max = 64, message = "{region.size}") String region,
    @NotEmpty(message = "{checklist.items.required}") @Size(max = 200, message = "{checklist.items.size}")
    List<@NotNull(message = "{checklist.item.required}") @Valid Item> items,
    boolean active) implements CrossFieldChecked {

  public ChecklistTemplate {
    items = Lists.copy(items);
  }

  /** One step of the template; its id becomes the item's id on every job's checklist. */
  public record Item(
      @NotNull(message = "{id.required}") UUID id,
      @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{checklist.item.text.size}")
      String text,
      boolean required,
      @NotNull(message = "{checklisttemplate.answerKind.required}") ChecklistAnswerKind answerKind,
      @Size(max = 16, message = "{checklist.item.unit.size}") String unit) {}

  /** Whether a new job of this type, on a machine of this model (null: none), gets this template's checklist. */
  public boolean appliesTo(WorkOrderType type, String model, String jobRegion) {
    boolean matches = (workOrderType != null && workOrderType == type)
        || (equipmentModel != null && model != null && equipmentModel.equals(model));
    return active && matches && (region == null || region.equals(jobRegion));
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    Set<UUID> ids = new HashSet<>();
    boolean unique = items == null || items.stream().filter(Objects::nonNull).map(Item::id).filter(Objects::nonNull)
        .allMatch(ids::add);
    return Rules.check()
        .require((workOrderType == null) != (equipmentModel == null || equipmentModel.isBlank()), "workOrderType",
            "checklisttemplate.target.exactlyOne")
        .require(unique, "items", "checklisttemplate.items.duplicateId")
        .when(items != null, () -> items.stream().filter(Objects::nonNull)
            .allMatch(i -> (i.answerKind() == ChecklistAnswerKind.VALUE) == (i.unit() != null && !i.unit().isBlank())),
            "items", "checklisttemplate.item.unitOnlyForValue")
        .breaches();
  }
}
