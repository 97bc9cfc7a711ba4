package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.IdentityProvisioning;
import org.rrhub.tenants.api.NewTenant;
import org.rrhub.tenants.api.NewUser;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.ProvisioningException;
import org.rrhub.tenants.api.Registration;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates tenants across two systems that share no transaction: the identity provider first, the database last,
 * and on any failure the identity provider's side is removed again, so nothing is ever half-created.
 */
@ApplicationScoped
class DefaultTenantRegistry implements TenantRegistry {

    private static final Logger LOG = Logger.getLogger(DefaultTenantRegistry.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantRepository tenants;

    @Inject
    TenantStore store;

    @Inject
    IdentityProvisioning identity;

    @Inject
    TenantDirectory directory;

    @Override
    public Registration register(NewTenant request, String actor) {
        var errors = TenantRules.check(request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = TenantRules.strip(request.name()).replaceAll("\\s+", " ");
        if (tenants.existsWithName(name)) {
            throw InvalidInputException.of("name", "A provider organisation with this name already exists");
        }
        TenantId id = freeAlias(TenantRules.aliasFor(name));
        String email = TenantRules.strip(request.adminEmail()).toLowerCase(java.util.Locale.ROOT);
        if (identity.findUser(email).isPresent()) {
            throw InvalidInputException.of("adminEmail", "Somebody already has an account with this email address");
        }
        String password = temporaryPassword();
        NewUser admin = new NewUser(email, email, TenantRules.strip(request.adminFirstName()),
                TenantRules.strip(request.adminLastName()), Set.of(Role.PROVIDER_ADMIN), password, true);
        TenantSummary tenant = provision(id, name, request.sector(), List.of(admin), List.of(), actor);
        return new Registration(tenant, email, password);
    }

    @Override
    public TenantSummary registerIfAbsent(TenantId id, String name, Sector sector, List<NewUser> people, String actor) {
        return registerIfAbsent(id, name, sector, people, List.of(), actor);
    }

    TenantSummary registerIfAbsent(TenantId id, String name, Sector sector, List<NewUser> people, List<NewWard> wards,
                                   String actor) {
        // The table itself, not the directory: a tenant another node registered a moment ago must be seen here.
        Optional<TenantSummary> existing = tenants.find(id).map(Tenant::toSummary);
        if (existing.isPresent()) {
            return existing.get();
        }
        // A previous run may have stopped between the two systems: start the identity side afresh.
        identity.findOrganization(id).ifPresent(identity::deleteOrganization);
        people.forEach(p -> identity.findUser(p.username()).ifPresent(identity::deleteUser));
        return provision(id, name, sector, people, wards, actor);
    }

    private TenantSummary provision(TenantId id, String name, Sector sector, List<NewUser> people, List<NewWard> wards,
                                    String actor) {
        String organizationId;
        try {
            organizationId = identity.createOrganization(id, name);
        } catch (ProvisioningException e) {
            if (e.isConflict()) {
                throw InvalidInputException.of("name", "A provider organisation with this name already exists");
            }
            throw e;
        }
        List<String> createdUsers = new ArrayList<>();
        try {
            for (NewUser person : people) {
                String userId = identity.createUser(person);
                createdUsers.add(userId);
                identity.addMember(organizationId, userId);
            }
            return store.create(id, name, sector, organizationId, wards, actor);
        } catch (RuntimeException failure) {
            undo(organizationId, createdUsers, failure);
            if (failure instanceof ProvisioningException p && p.isConflict()) {
                throw InvalidInputException.of("adminEmail", "Somebody already has an account with this email address");
            }
            if (tenants.existsWithName(name)) {
                throw InvalidInputException.of("name", "A provider organisation with this name already exists");
            }
            throw failure;
        }
    }

    private void undo(String organizationId, List<String> userIds, RuntimeException cause) {
        try {
            userIds.forEach(identity::deleteUser);
            identity.deleteOrganization(organizationId);
        } catch (RuntimeException undoFailure) {
            cause.addSuppressed(undoFailure);
            LOG.log(Level.SEVERE, "Could not remove organization " + organizationId
                    + " from the identity provider after a failed registration", undoFailure);
        }
    }

    private TenantId freeAlias(String base) {
        String candidate = base;
        for (int n = 2; tenants.find(TenantId.of(candidate)).isPresent()
                || identity.findOrganization(TenantId.of(candidate)).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return TenantId.of(candidate);
    }

    private static String temporaryPassword() {
        // Unambiguous characters: it is read off a screen and typed once.
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    @Override
    public void suspend(TenantId id, String actor) {
        store.change(id, Tenant::suspend, AuditAction.TENANT_SUSPENDED, actor);
    }

    @Override
    public void reactivate(TenantId id, String actor) {
        store.change(id, Tenant::reactivate, AuditAction.TENANT_REACTIVATED, actor);
    }

    @Override
    public Optional<TenantSummary> find(TenantId id) {
        return directory.find(id);
    }

    @Override
    public List<TenantSummary> list() {
        return directory.all();
    }
}
