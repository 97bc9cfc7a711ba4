package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;
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

    /** The organization's people, in one call: their roles are not read (that costs a call per person). */
    java.util.List<Member> members(String organizationId);

    /** The realm roles a user holds. */
    java.util.Set<Role> realmRoles(String userId);

    /** Takes the given roles away from the user and grants {@code granted}; nothing else changes. */
    void replaceRoles(String userId, java.util.Set<Role> revoked, Role granted);

    /** Takes the given roles away from the user (those the user does not hold are ignored). */
    void revokeRoles(String userId, java.util.Set<Role> revoked);

    /** Ends the user's membership of the organization; the user's account stays. */
    void removeMember(String organizationId, String userId);

    /**
     * Ends every session the user has with the identity provider (their browser's single sign-on, refresh tokens),
     * so the next sign-in asks for their password and reads their roles again.
     */
    void endSessions(String userId);

    /** @param id the identity provider's id of the user */
    record Member(String id, String username, String email, String firstName, String lastName) {
    }

    /**
     * A confidential client for an integration of one tenant: client-credentials tokens issued to it carry the
     * tenant's organization alias and the given role, so they act for that tenant only.
     */
    ServiceClient createServiceClient(TenantId tenant, String clientId, String name, Role role);

    void deleteServiceClient(String serviceClientId);

    /** @param id the identity provider's id, @param secret shown once to whoever created it */
    record ServiceClient(String id, String clientId, String secret) {
    }
}
