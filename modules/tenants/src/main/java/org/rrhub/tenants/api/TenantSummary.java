package org.rrhub.tenants.api;

import org.rrhub.core.api.TenantId;

import java.time.Instant;

public record TenantSummary(TenantId id, String name, Sector sector, TenantStatus status, Instant createdAt) {

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
