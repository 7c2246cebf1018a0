/**
 * Refusals in the domain's words ({@link com.fieldops.server.error.DomainException}); depends on
 * nothing else of the server, so every layer may raise them and the HTTP layer alone renders them.
 */
package com.fieldops.server.error;
