/**
 * Costs per job (费用结算): what a job's labour, travel and parts come to in the job's currency, computed
 * by one pure function from the job's time entries, the technicians' rates and the parts used, so the
 * server's billing export and the clients' job screens show the same figures (docs/decisions/0019).
 */
package com.fieldops.costs;
