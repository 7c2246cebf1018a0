/**
 * Read models for the UIs: rows for lists and detail views, joined and flattened from the local
 * entity documents (customer and site names next to a work order, and so on). Every row says
 * whether it carries a not-yet-synced local change ({@code pending}).
 */
package com.fieldops.replica.view;
