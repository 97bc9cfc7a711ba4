package org.rrhub.tenants.api;

import org.rrhub.core.api.TenantId;

import java.util.Optional;

/**
 * The identity provider as the tenant registry needs it. Implemented by the Keycloak adapter; every method is a
 * remote call that either succeeds or throws {@link ProvisioningException}.
 */
public interface IdentityProvisioning {

    /** @return the identity provider's id of the new organization */
    String createOrganization(TenantId alias, String name);

    Optional<String> findOrganization(TenantId alias);

    void deleteOrganization(String organizationId);

    /** @return the identity provider's id of the new user */
    String createUser(NewUser user);

    Optional<String> findUser(String username);

    void deleteUser(String userId);

    void addMember(String organizationId, String userId);
}
