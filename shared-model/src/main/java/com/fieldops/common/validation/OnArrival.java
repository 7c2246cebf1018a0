package com.fieldops.common.validation;

/**
 * Validation group of checks made when one mutation is judged against the judge's clock (the
 * server on arrival, the replica when recording), not when a whole batch is read: a bad value
 * there rejects that one mutation instead of refusing the batch.
 */
public interface OnArrival {}
