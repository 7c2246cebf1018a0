package com.fieldops.stock.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fieldops.customer.model.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Where parts are kept: a warehouse or a technician's van. On the wire, {@code kind} tells which. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StockLocation.Warehouse.class, name = "WAREHOUSE"),
    @JsonSubTypes.Type(value = StockLocation.Van.class, name = "VAN")})
public sealed interface StockLocation {
  UUID id();

  String name();

  String region();

  StockLocationKind kind();

  record Warehouse(
      @NotNull(message = "{id.required}") UUID id,
      @NotBlank(message = "{stock.location.name.required}") @Size(max = 200, message = "{stock.location.name.size}") String name,
      @NotBlank(message = "{region.required}") @Size(max = 64, message = "{region.size}") String region,
      @NotNull(message = "{stock.warehouse.address.required}") @Valid Address address) implements StockLocation {
    @Override
    public StockLocationKind kind() {
      return StockLocationKind.WAREHOUSE;
    }
  }

  /** @param technicianId the technician who drives it (null while the van is unassigned) */
  record Van(
      @NotNull(message = "{id.required}") UUID id,
      @NotBlank(message = "{stock.location.name.required}") @Size(max = 200, message = "{stock.location.name.size}") String name,
      @NotBlank(message = "{region.required}") @Size(max = 64, message = "{region.size}") String region,
      UUID technicianId,
      @Size(max = 20, message = "{stock.van.plate.size}") String licensePlate) implements StockLocation {
    @Override
    public StockLocationKind kind() {
      return StockLocationKind.VAN;
    }
  }
}
