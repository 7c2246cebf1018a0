/** A technician's day as the phone's Today screen shows it, without a toolkit. */
package com.fieldops.client.today;
