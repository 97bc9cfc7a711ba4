package org.rrhub.tenants.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.core.api.ApplicationReady;
import org.rrhub.core.api.DemoTenantFiles;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.NewUser;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.Sector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Provisions the demo tenants described in tenants/*.json when the run command points at that folder.
 * Idempotent: a tenant that exists is left as it is, so a second run keeps everything people changed.
 */
@ApplicationScoped
class DemoTenants {

    private static final Logger LOG = Logger.getLogger(DemoTenants.class.getName());

    @Inject
    @ConfigProperty(name = "rrhub.demo.tenants-dir")
    Optional<String> directory;

    @Inject
    DefaultTenantRegistry registry;

    @Inject
    DemoGrants grants;

    void provisionOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION) ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(this::provisionAll);
    }

    void provisionAll(Path folder) {
        DemoTenantFiles.forEach(folder, DemoTenant.class, demo -> {
            var people = (demo.people() == null ? List.<DemoPerson>of() : demo.people()).stream()
                    .map(DemoPerson::toNewUser).toList();
            registry.registerIfAbsent(TenantId.of(demo.id()), demo.name(), demo.sector(), people,
                    demo.wards() == null ? List.of() : demo.wards(), "demo-provisioning");
            LOG.info(() -> "Demo tenant " + demo.id() + " is provisioned");
            for (DemoGrant grant : demo.reviewGrants() == null ? List.<DemoGrant>of() : demo.reviewGrants()) {
                if (grants.grantIfAbsent(TenantId.of(demo.id()), grant.reviewer(), grant.months())) {
                    LOG.info(() -> "Demo review grant of " + demo.id() + " to " + grant.reviewer() + " is provisioned");
                }
            }
        });
    }

    public record DemoTenant(String id, String name, Sector sector, List<NewWard> wards, List<DemoPerson> people,
                             List<DemoGrant> reviewGrants) {
    }

    /** Review access for {@code months} from the day it is provisioned. */
    public record DemoGrant(String reviewer, int months) {
    }

    public record DemoPerson(String username, String email, String firstName, String lastName, List<String> roles,
                             String password) {
        NewUser toNewUser() {
            var granted = roles.stream().map(r -> Role.fromClaim(r)
                            .orElseThrow(() -> new IllegalArgumentException("Unknown role " + r)))
                    .collect(java.util.stream.Collectors.toSet());
            return new NewUser(username, email, firstName, lastName, granted, password, false);
        }
    }
}
