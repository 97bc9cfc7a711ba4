package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.IntegrationView;

import java.util.List;

/** The database side of integrations, one transaction per call. */
@ApplicationScoped
@Transactional
class IntegrationStore {

    @Inject
    IntegrationClientRepository clients;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditLog audit;

    @Inject
    Event<IntegrationsChanged> integrationsChanged;

    List<IntegrationView> list() {
        return clients.all().stream().map(IntegrationClient::toView).toList();
    }

    IntegrationView add(IntegrationClient client, String actor) {
        clients.add(client);
        integrationsChanged.fire(new IntegrationsChanged());
        audit.record(actor, tenantContext.requireTenant(), AuditAction.INTEGRATION_CREATED, client.name());
        return client.toView();
    }

    String identityProviderIdOf(String id) {
        return clients.find(id).map(IntegrationClient::identityProviderId)
                .orElseThrow(() -> new NotFoundException("Integration"));
    }

    void remove(String id, String actor) {
        IntegrationClient client = clients.find(id).orElseThrow(() -> new NotFoundException("Integration"));
        clients.remove(client);
        // Its tokens stop working at the next request, although Keycloak's signature on them stays good.
        integrationsChanged.fire(new IntegrationsChanged());
        audit.record(actor, tenantContext.requireTenant(), AuditAction.INTEGRATION_REVOKED, client.name());
    }
}
