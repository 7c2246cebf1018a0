package com.fieldops.customer.model;

/** What a service contract covers: everything of the customer, or one piece of equipment. */
public enum ContractScope {
  CUSTOMER,
  EQUIPMENT
}
