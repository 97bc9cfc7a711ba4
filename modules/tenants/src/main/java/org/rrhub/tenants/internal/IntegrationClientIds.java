package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;

import java.util.List;

/**
 * Reads one organisation's integration client ids for the {@link IntegrationDirectory}, outside any request's
 * tenant (the edge asks before the request's tenant is set).
 */
@ApplicationScoped
class IntegrationClientIds {

    @Inject
    TenantEntityManagers tenantEntityManagers;

    @Transactional
    List<String> of(TenantId tenant) {
        return tenantEntityManagers.call(tenant, em -> em
                .createQuery("select c.clientId from IntegrationClient c", String.class).getResultList());
    }
}
