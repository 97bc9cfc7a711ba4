package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.IdentityProvisioning;
import org.rrhub.tenants.api.IdentityProvisioning.Member;
import org.rrhub.tenants.api.People;
import org.rrhub.tenants.api.Person;
import org.rrhub.tenants.api.ProvisioningException;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** People live in Keycloak, as members of the tenant's organization; this reads and changes them there. */
@ApplicationScoped
class DefaultPeople implements People {

    private static final Set<Role> PROVIDER_ROLES = Arrays.stream(Role.values()).filter(Role::isProviderStaff)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantRepository tenants;

    @Inject
    IdentityProvisioning identity;

    @Inject
    AuditLog audit;

    @Inject
    AccessChangeStore accessChanges;

    private static final Logger LOG = Logger.getLogger(DefaultPeople.class.getName());
    private final Clock clock = Clock.systemUTC();

    @Override
    public List<Person> ofMyOrganisation() {
        return members().stream().map(m -> toPerson(m, null))
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public List<Person> withTheirRoles() {
        return members().stream().map(m -> toPerson(m, providerRole(identity.realmRoles(m.id()))))
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public boolean isMember(String username) {
        return username != null && members().stream().anyMatch(m -> m.username().equalsIgnoreCase(username.strip()));
    }

    @Override
    public Person changeRole(String username, Role role, String actor) {
        Member member = member(username);
        if (role == null || !role.isProviderStaff()) {
            throw InvalidInputException.of("role", "Choose admin, editor or viewer");
        }
        if (member.username().equalsIgnoreCase(actor)) {
            throw InvalidInputException.of("role", "You cannot change your own role: ask another admin");
        }
        identity.replaceRoles(member.id(), PROVIDER_ROLES, role);
        accessChanged(member, actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ROLE_CHANGED,
                member.username() + " is now " + role.claimName());
        return new Person(member.username(), member.firstName(), member.lastName(), member.email(), role);
    }

    @Override
    public void removeFromOrganisation(String username, String actor) {
        Member member = member(username);
        if (member.username().equalsIgnoreCase(actor)) {
            throw InvalidInputException.of("username", "You cannot remove yourself: ask another admin");
        }
        TenantId tenant = tenantContext.requireTenant();
        String organization = tenants.find(tenant).flatMap(Tenant::identityProviderId)
                .orElseThrow(() -> new NotFoundException("Person"));
        // Roles first: if Keycloak fails in between, the person is a member without access rather than the reverse.
        identity.revokeRoles(member.id(), PROVIDER_ROLES);
        identity.removeMember(organization, member.id());
        accessChanged(member, actor);
        audit.record(actor, tenant, AuditAction.PERSON_REMOVED, member.username() + " no longer belongs to it");
    }

    private Member member(String username) {
        return members().stream().filter(m -> m.username().equalsIgnoreCase(username == null ? "" : username.strip()))
                .findFirst().orElseThrow(() -> new NotFoundException("Person"));
    }

    /**
     * Recorded once Keycloak has the new roles, so every token issued before this instant holds the old ones: the
     * person's signed-in sessions and tokens from before it are refused from their next request. Their Keycloak
     * sessions end too, so signing in again asks for their password; failing that, it still reads the new roles.
     */
    private void accessChanged(Member member, String actor) {
        accessChanges.record(member.id(), member.username(), clock.instant(), actor);
        try {
            identity.endSessions(member.id());
        } catch (ProvisioningException e) {
            LOG.log(Level.WARNING, "Could not end the Keycloak sessions of " + member.username(), e);
        }
    }

    private List<Member> members() {
        TenantId tenant = tenantContext.requireTenant();
        return tenants.find(tenant).flatMap(Tenant::identityProviderId).map(identity::members).orElse(List.of());
    }

    private static Role providerRole(Set<Role> roles) {
        return roles.stream().filter(PROVIDER_ROLES::contains).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Person toPerson(Member member, Role role) {
        return new Person(member.username(), member.firstName(), member.lastName(), member.email(), role);
    }
}
