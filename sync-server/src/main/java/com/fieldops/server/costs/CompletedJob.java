package com.fieldops.server.costs;

import com.fieldops.costs.JobCosts;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.WorkOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A completed job as the billing export lists it.
 *
 * @param completedAt when it was (last) completed
 * @param completedOn that instant's date at the site (the customer's day)
 * @param customer    null if the record is missing
 * @param technicians who recorded time on it (else the assignee), by name order of first time entry
 */
public record CompletedJob(WorkOrder workOrder, Instant completedAt, LocalDate completedOn, Customer customer,
    Site site, List<Technician> technicians, JobCosts costs) {}
