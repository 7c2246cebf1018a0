package com.fieldops.workorder.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** One line of a checklist; {@code answer} holds a reading or remark where the item asks for one. */
public record ChecklistItem(
    @NotNull(message = "{id.required}") UUID id,
    @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{checklist.item.text.size}") String text,
    boolean required,
    boolean done,
    @Size(max = 500, message = "{checklist.item.answer.size}") String answer) {

  public ChecklistItem ticked(String newAnswer) {
    return new ChecklistItem(id, text, required, true, newAnswer);
  }
}
