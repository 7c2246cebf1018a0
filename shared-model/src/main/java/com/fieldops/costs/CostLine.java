package com.fieldops.costs;

import com.fieldops.common.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a job's costs, in the job's currency, each amount already rounded to the currency's minor
 * unit (an invoice line): the totals are the sum of these lines, nothing is rounded again.
 *
 * @param sourceId  the time entry or part usage the line comes from
 * @param who       the technician (time) or null (parts)
 * @param partId    the part (parts) or null (time)
 * @param quantity  hours (time, 4 decimals) or units (parts)
 * @param unitRate  the hourly rate (time) or the part's price per unit
 * @param atCost    parts: catalogue cost × quantity; time: null (a technician has one rate)
 * @param charged   what the customer is billed: rate × time, or price × quantity; zero for time not billable
 * @param billable  false for a time entry recorded as not billable (warranty, own fault)
 */
public record CostLine(CostLineKind kind, UUID sourceId, UUID who, UUID partId, BigDecimal quantity, Money unitRate,
    Money atCost, Money charged, boolean billable) {}
