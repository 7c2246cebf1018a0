package com.fieldops.protocol;

public enum MutationStatus {
  APPLIED,
  REJECTED
}
