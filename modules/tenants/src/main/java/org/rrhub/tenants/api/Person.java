package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;

/**
 * Somebody in a provider organisation.
 *
 * @param role the provider role they hold; null when they hold none or when it was not asked for
 */
public record Person(String username, String firstName, String lastName, String email, Role role) {

    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? username : name;
    }
}
