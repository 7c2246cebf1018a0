/**
 * The technician's visit, as screen logic both a phone and a test can run without a toolkit: which
 * field step a job offers (asked of the shared workflow), and whether a drawn signature is one.
 */
package com.fieldops.client.visit;
