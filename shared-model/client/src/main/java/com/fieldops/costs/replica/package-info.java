/** The device's part of costs per job: the billing export saved to a file (the job's costs are read through the work orders). */
package com.fieldops.costs.replica;
