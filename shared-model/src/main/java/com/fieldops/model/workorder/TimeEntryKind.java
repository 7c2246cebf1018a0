package com.fieldops.model.workorder;

public enum TimeEntryKind {
  TRAVEL,
  LABOUR,
  WAITING
}
