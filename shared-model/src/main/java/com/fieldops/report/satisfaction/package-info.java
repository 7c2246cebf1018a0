/** Customer satisfaction from the ratings of visits: one rule for every app and the server. */
package com.fieldops.report.satisfaction;
