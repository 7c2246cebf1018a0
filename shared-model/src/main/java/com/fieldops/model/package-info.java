/** Domain records, enums and validation shared by the server and both clients. */
package com.fieldops.model;
