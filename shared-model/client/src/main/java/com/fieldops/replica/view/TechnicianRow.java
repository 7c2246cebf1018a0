package com.fieldops.replica.view;

import com.fieldops.identity.model.Technician;
import java.util.UUID;

/** A technician with the number of open work orders assigned to them in the local view. */
public record TechnicianRow(Technician technician, int openWorkOrders, boolean pending) {
  public UUID id() {
    return technician.id();
  }

  public String name() {
    return technician.name();
  }
}
