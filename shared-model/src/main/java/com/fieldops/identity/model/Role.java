package com.fieldops.identity.model;

public enum Role {
  ADMIN,
  DISPATCHER,
  SUPERVISOR,
  TECHNICIAN,
  CUSTOMER
}
