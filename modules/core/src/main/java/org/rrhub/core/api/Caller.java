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
    private final String integration;

    /** A person. */
    public Caller(String subject, String username, String displayName, TenantId tenant, Set<Role> roles) {
        this(subject, username, displayName, tenant, roles, null);
    }

    /**
     * @param integration the client id of the integration this caller is (a client-credentials token), or null for
     *        a person
     */
    public Caller(String subject, String username, String displayName, TenantId tenant, Set<Role> roles,
                  String integration) {
        super(Objects.requireNonNull(username, "username"));
        this.subject = Objects.requireNonNull(subject, "subject");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.tenant = tenant;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.integration = integration;
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

    /**
     * The client id of the integration behind the request (one of a provider's systems calling by client
     * credentials); empty for a person. An integration is accepted only while it exists and is not revoked.
     */
    public Optional<String> integration() {
        return Optional.ofNullable(integration);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    @Override
    public String toString() {
        return "Caller[" + getName() + (tenant == null ? "" : "@" + tenant) + " " + roles
                + (integration == null ? "" : " integration " + integration) + "]";
    }
}
