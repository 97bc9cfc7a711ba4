package org.rrhub.tenants.api;

import java.time.Instant;
import java.time.LocalDate;

/** A review grant as its provider and its reviewer see it; {@code tenant} is the provider's id. */
public record GrantView(String id, String tenant, String tenantName, String reviewer, LocalDate validFrom,
                        LocalDate validUntil, String grantedBy, Instant grantedAt, boolean current) {
}
