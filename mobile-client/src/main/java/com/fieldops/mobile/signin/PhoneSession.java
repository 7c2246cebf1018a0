package com.fieldops.mobile.signin;

import com.fieldops.replica.Replica;
import java.util.UUID;

/** The signed-in technician on this phone: their replica, the server, who they are. */
public record PhoneSession(Replica replica, String serverUrl, String username, UUID technicianId, String displayName) {}
