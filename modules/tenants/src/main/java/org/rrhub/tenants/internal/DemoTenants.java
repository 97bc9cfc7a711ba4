package org.rrhub.tenants.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import org.rrhub.core.api.ApplicationReady;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.NewUser;
import org.rrhub.tenants.api.NewWard;
import org.rrhub.tenants.api.Sector;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

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

    void provisionOnStart(@Observes @Priority(Interceptor.Priority.APPLICATION) ApplicationReady event) {
        directory.filter(d -> !d.isBlank()).map(Path::of).ifPresent(this::provisionAll);
    }

    void provisionAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warning(() -> "Demo tenants folder " + folder.toAbsolutePath() + " does not exist");
            return;
        }
        try (Stream<Path> files = Files.list(folder); Jsonb jsonb = JsonbBuilder.create()) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                provision(file, jsonb);
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not read demo tenants from " + folder, e);
        }
    }

    private void provision(Path file, Jsonb jsonb) {
        try (Reader reader = Files.newBufferedReader(file)) {
            DemoTenant demo = jsonb.fromJson(reader, DemoTenant.class);
            var people = (demo.people() == null ? List.<DemoPerson>of() : demo.people()).stream().map(DemoPerson::toNewUser).toList();
            registry.registerIfAbsent(TenantId.of(demo.id()), demo.name(), demo.sector(), people,
                    demo.wards() == null ? List.of() : demo.wards(),
                    "demo-provisioning");
            LOG.info(() -> "Demo tenant " + demo.id() + " is provisioned");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not provision demo tenant from " + file.getFileName(), e);
        }
    }

    public record DemoTenant(String id, String name, Sector sector, List<NewWard> wards, List<DemoPerson> people) {
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
