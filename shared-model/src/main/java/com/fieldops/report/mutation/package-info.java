/**
 * Service-report mutations (next issues): payload records and pure functions for capturing the
 * customer's signature, completing the report and leaving feedback. Each is registered with one
 * line in {@code com.fieldops.protocol.registry.MutationRegistry}. The records they write are in
 * {@code com.fieldops.report.model}.
 */
package com.fieldops.report.mutation;
