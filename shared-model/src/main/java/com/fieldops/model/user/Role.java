package com.fieldops.model.user;

public enum Role {
  ADMIN,
  DISPATCHER,
  SUPERVISOR,
  TECHNICIAN,
  CUSTOMER
}
