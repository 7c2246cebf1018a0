/** The read side over the local SQLite view: SQL that builds the UI's rows and detail views. */
package com.fieldops.replica.query;
