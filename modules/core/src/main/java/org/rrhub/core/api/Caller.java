package org.rrhub.core.api;

import jakarta.security.enterprise.CallerPrincipal;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated person or integration behind a request, as established from a verified Keycloak token.
 * It is the container's caller principal, so every layer reads the same facts.
 */
public final class Caller extends CallerPrincipal {

    private final String subject;
    private final String displayName;
    private final TenantId tenant;
    private final Set<Role> roles;

    public Caller(String subject, String username, String displayName, TenantId tenant, Set<Role> roles) {
        super(Objects.requireNonNull(username, "username"));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.tenant = tenant;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The stable Keycloak user id ("sub"). */
    public String subject() {
        return subject;
    }

    public String username() {
        return getName();
    }

    public String displayName() {
        return displayName;
    }

    /** The provider organisation the caller belongs to; empty for reviewers, inspectors and platform admins. */
    public Optional<TenantId> tenant() {
        return Optional.ofNullable(tenant);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    @Override
    public String toString() {
        return "Caller[" + getName() + (tenant == null ? "" : "@" + tenant) + " " + roles + "]";
    }
}
