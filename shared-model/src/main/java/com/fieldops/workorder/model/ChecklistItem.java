package com.fieldops.workorder.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a checklist; {@code answer} holds a reading (in {@code unit}) or remark where the item
 * asks for one ({@code answerKind}). A null answer kind (records written before kinds existed) is NONE.
 *
 * <p>{@code tickedBy}, {@code tickedOnDevice} and {@code tickedAt} say who last ticked, unticked or
 * answered the item, from which device and when (device time, bounded by the server): set from the
 * mutation's envelope and session, never from its payload. Null on items nobody has touched and on
 * items written before they were kept.
 */
public record ChecklistItem(
    @NotNull(message = "{id.required}") UUID id,
    @NotBlank(message = "{checklist.item.text.required}") @Size(max = 500, message = "{checklist.item.text.size}") String text,
    boolean required,
    boolean done,
    @Size(max = 500, message = "{checklist.item.answer.size}") String answer,
    ChecklistAnswerKind answerKind,
    @Size(max = 16, message = "{checklist.item.unit.size}") String unit,
    UUID tickedBy,
    String tickedOnDevice,
    Instant tickedAt) {

  public ChecklistItem {
    answerKind = answerKind == null ? ChecklistAnswerKind.NONE : answerKind;
  }

  /** An item nobody has ticked yet (as a template gives it). */
  public ChecklistItem(UUID id, String text, boolean required, boolean done, String answer,
      ChecklistAnswerKind answerKind, String unit) {
    this(id, text, required, done, answer, answerKind, unit, null, null, null);
  }

  /** An item that asks for nothing but "done". */
  public ChecklistItem(UUID id, String text, boolean required, boolean done, String answer) {
    this(id, text, required, done, answer, ChecklistAnswerKind.NONE, null);
  }

  public ChecklistItem ticked(String newAnswer) {
    return new ChecklistItem(id, text, required, true, newAnswer, answerKind, unit, tickedBy, tickedOnDevice, tickedAt);
  }

  /** Ticked or unticked, with its answer (null when unticked or when the item asks for none). */
  public ChecklistItem withState(boolean newDone, String newAnswer) {
    return new ChecklistItem(id, text, required, newDone, newAnswer, answerKind, unit, tickedBy, tickedOnDevice,
        tickedAt);
  }

  /** Ticked or unticked with its answer, by {@code user} on {@code device} at {@code at}. */
  public ChecklistItem withState(boolean newDone, String newAnswer, UUID user, String device, Instant at) {
    return new ChecklistItem(id, text, required, newDone, newAnswer, answerKind, unit, user, device, at);
  }
}
