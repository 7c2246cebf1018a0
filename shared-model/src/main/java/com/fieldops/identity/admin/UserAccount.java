package com.fieldops.identity.admin;

import com.fieldops.identity.model.Role;
import java.util.UUID;

/**
 * A user as the admin screen shows it (never a password or its hash).
 *
 * @param language BCP 47 tag ({@code en}, {@code zh-CN}) or null for the device's language
 */
public record UserAccount(UUID id, String username, String displayName, Role role, String region,
    UUID technicianId, String language, boolean disabled) {}
