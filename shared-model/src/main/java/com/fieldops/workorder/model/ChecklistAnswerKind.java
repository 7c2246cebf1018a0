package com.fieldops.workorder.model;

/** What ticking a checklist item asks for besides "done". */
public enum ChecklistAnswerKind {
  /** Just done or not (a safety check). */
  NONE,
  /** A measured value in the item's unit (a pressure, a temperature). */
  VALUE,
  /** A short remark (what was found). */
  NOTE
}
