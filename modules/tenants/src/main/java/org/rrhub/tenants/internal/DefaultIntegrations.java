package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.IdentityProvisioning;
import org.rrhub.tenants.api.IntegrationCredentials;
import org.rrhub.tenants.api.IntegrationView;
import org.rrhub.tenants.api.Integrations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates the Keycloak client first and records it in the database after; a failed record removes the client
 * again, so there is never a working credential the organisation cannot see or revoke.
 */
@ApplicationScoped
class DefaultIntegrations implements Integrations {

    private static final Set<Role> ALLOWED = Set.of(Role.PROVIDER_EDITOR, Role.PROVIDER_VIEWER);

    @Inject
    IntegrationStore store;

    @Inject
    IdentityProvisioning identity;

    @Inject
    TenantContext tenantContext;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<IntegrationView> list() {
        return store.list();
    }

    @Override
    public IntegrationCredentials create(String name, String role, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add(new FieldError("name", "Enter a name that says which system this is"));
        } else if (cleanName.length() > 120) {
            errors.add(new FieldError("name", "The name must be 120 characters or fewer"));
        }
        Role granted = Role.fromClaim(role == null ? "" : role.strip()).filter(ALLOWED::contains).orElse(null);
        if (granted == null) {
            errors.add(new FieldError("role", "Choose provider-editor or provider-viewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TenantId tenant = tenantContext.requireTenant();
        String clientId = CLIENT_ID_PREFIX + tenant.value() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var client = identity.createServiceClient(tenant, clientId, cleanName, granted);
        try {
            IntegrationView view = store.add(new IntegrationClient(cleanName, clientId, client.id(), granted,
                    clock.instant(), actor), actor);
            return new IntegrationCredentials(view, client.secret());
        } catch (RuntimeException e) {
            identity.deleteServiceClient(client.id());
            throw e;
        }
    }

    @Override
    public void revoke(String id, String actor) {
        identity.deleteServiceClient(store.identityProviderIdOf(id));
        store.remove(id, actor);
    }
}
