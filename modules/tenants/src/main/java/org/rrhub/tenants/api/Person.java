package org.rrhub.tenants.api;

import org.rrhub.core.api.Role;

/** Somebody in a provider organisation, with the provider role they hold (or none). */
public record Person(String username, String firstName, String lastName, String email, Role role) {

    public String displayName() {
        String name = (firstName + " " + lastName).strip();
        return name.isEmpty() ? username : name;
    }
}
