package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;

import java.util.List;

/** The people of the current tenant, as its provider-admins manage them. */
public interface People {

    /**
     * Everybody in the organisation, by name, without their roles: one call to the identity provider, for the
     * pages that only need names (owners, authors).
     */
    List<Person> ofMyOrganisation();

    /** Everybody in the organisation with the provider role each holds; one more call per person. */
    List<Person> withTheirRoles();

    /** Whether this username belongs to somebody in the organisation. */
    boolean isMember(String username);

    /**
     * Gives the person exactly one provider role (admin, editor or viewer). It applies from their next request: their
     * signed-in sessions and access tokens from before the change are refused, and their Keycloak sessions end.
     *
     * @throws org.rrhub.core.api.NotFoundException for somebody outside the organisation
     * @throws org.rrhub.core.api.InvalidInputException for a role that is not a provider role, or a change to the
     *         caller's own role (an organisation must never lose its last admin by accident)
     */
    Person changeRole(String username, Role role, String actor);

    /**
     * Takes the person out of the organisation: their provider roles are taken away and their membership of the
     * organisation ends (their account stays, for any other role they hold). It applies from their next request,
     * as a role change does.
     *
     * @throws org.rrhub.core.api.NotFoundException for somebody outside the organisation
     * @throws org.rrhub.core.api.InvalidInputException for the caller themselves
     */
    void removeFromOrganisation(String username, String actor);
}
