package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.AccessStanding;

import java.time.Instant;

@ApplicationScoped
class DefaultAccessStanding implements AccessStanding {

    @Inject
    IntegrationDirectory integrations;

    @Inject
    AccessChangeDirectory accessChanges;

    @Override
    public boolean integrationExists(TenantId tenant, String clientId) {
        return tenant != null && clientId != null && integrations.exists(tenant, clientId);
    }

    @Override
    public boolean accessChangedAfter(String subject, Instant rolesAsOf) {
        return accessChanges.lastChangeOf(subject).filter(at -> AccessChange.cameAfter(at, rolesAsOf)).isPresent();
    }
}
