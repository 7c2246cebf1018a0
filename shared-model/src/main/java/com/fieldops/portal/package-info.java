/**
 * The customer's own pages (a contact with an account): which records are theirs and what a reported
 * problem becomes. Pure rules; the server serves the pages and calls these.
 */
package com.fieldops.portal;
