package com.fieldops.model.technician;

public enum AbsenceKind {
  VACATION,
  SICK,
  TRAINING,
  OTHER
}
