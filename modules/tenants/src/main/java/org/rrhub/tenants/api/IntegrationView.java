package org.rrhub.tenants.api;

import java.time.Instant;

/** An integration's API client, as listed to its organisation's administrators (never with its secret). */
public record IntegrationView(String id, String name, String clientId, String role, Instant createdAt,
                              String createdBy) {
}
