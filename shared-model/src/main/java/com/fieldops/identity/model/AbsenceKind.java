package com.fieldops.identity.model;

public enum AbsenceKind {
  VACATION,
  SICK,
  TRAINING,
  OTHER
}
