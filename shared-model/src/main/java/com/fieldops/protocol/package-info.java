/**
 * Sync wire protocol shared by the server and both clients: mutation envelopes going up,
 * change-log entries coming down, sign-in and the one error shape. See docs/decisions.
 */
package com.fieldops.protocol;
