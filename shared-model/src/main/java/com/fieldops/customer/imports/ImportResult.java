package com.fieldops.customer.imports;

/** What an import created or replaced (one transaction: all of it, or nothing). */
public record ImportResult(int rows, int customers, int sites, int equipment) {}
