package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;

import java.util.List;

/** The people of the current tenant, as its provider-admins manage them. */
public interface People {

    /** Everybody in the organisation, by name. */
    List<Person> ofMyOrganisation();

    /** Whether this username belongs to somebody in the organisation. */
    boolean isMember(String username);

    /**
     * Gives the person exactly one provider role (admin, editor or viewer). It takes effect at their next sign-in
     * or token refresh.
     *
     * @throws org.rrhub.core.api.NotFoundException for somebody outside the organisation
     * @throws org.rrhub.core.api.InvalidInputException for a role that is not a provider role, or a change to the
     *         caller's own role (an organisation must never lose its last admin by accident)
     */
    Person changeRole(String username, Role role, String actor);
}
