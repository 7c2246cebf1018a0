/**
 * SLA policies, business calendars and the pure SLA clock calculator.
 *
 * <p>Everything here is pure and takes "now" (or a {@link java.time.Clock}) from the caller, so the
 * server's escalation scheduler and the countdown badges on both clients compute the same answers
 * from the same policy and work-order timeline.
 */
package com.fieldops.sla;
