package com.fieldops.workorder.model;

public enum TimeEntryKind {
  TRAVEL,
  LABOUR,
  WAITING
}
