package com.fieldops.protocol;

import java.time.Instant;
import java.util.UUID;

/** A bearer token for {@code Authorization: Bearer ...}; the server stores only its hash. */
public record SignInResponse(String token, Instant expiresAt, UUID userId, String role, String displayName) {}
