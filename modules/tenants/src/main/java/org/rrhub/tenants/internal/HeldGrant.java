package org.rrhub.tenants.internal;

import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.GrantView;

import java.time.Instant;
import java.time.LocalDate;

/** An unrevoked review grant as the {@link GrantDirectory} keeps it: a value, whether it is current decided per read. */
record HeldGrant(String id, TenantId tenant, String reviewer, LocalDate validFrom, LocalDate validUntil,
                 String grantedBy, Instant grantedAt) {

    /** Today within the period, both ends included. */
    boolean isCurrent(LocalDate today) {
        return !today.isBefore(validFrom) && !today.isAfter(validUntil);
    }

    GrantView toView(String tenantName, LocalDate today) {
        return new GrantView(id, tenant.value(), tenantName, reviewer, validFrom, validUntil, grantedBy, grantedAt,
                isCurrent(today));
    }
}
