/**
 * Stock mutations (next issues): payload records and pure functions for parts consumed on a job,
 * transfers between warehouse and vans, counts and corrections as reversing movements, and part
 * requests. Each is registered with one line in {@code com.fieldops.protocol.registry.MutationRegistry}.
 * The records they write are in {@code com.fieldops.stock.model}.
 */
package com.fieldops.stock.mutation;
