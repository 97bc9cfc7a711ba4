package org.rrhub.tenants.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rrhub.audit.internal.AuditSchema;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.persistence.api.SchemaMigrations;
import org.rrhub.persistence.testing.TestDatabases;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.WardView;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same Flyway migrations and the same EclipseLink mappings on H2 and on PostgreSQL: the schema migrates
 * (twice, idempotently), and EclipseLink's tenant discriminator keeps each tenant's wards to itself, for queries
 * and for loads by id.
 */
class TenantDataIsolationIT {

    private static final TenantId NORTHFIELD = TenantId.of("northfield");
    private static final TenantId WILLOW = TenantId.of("willow-house");

    @ParameterizedTest
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void migrationsRunAndTenantRowsStayWithTheirTenant(String kind) throws Exception {
        try (var db = TestDatabases.create(kind)) {
            var schemas = List.of(new TenantsSchema(), new AuditSchema());
            SchemaMigrations.migrate(db.dataSource(), schemas);
            SchemaMigrations.migrate(db.dataSource(), schemas); // a second start changes nothing
            try (Connection c = db.dataSource().getConnection()) {
                var rs = c.createStatement().executeQuery("select count(*) from \"schema_history_tenants\" where \"success\"");
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
            }

            EntityManagerFactory emf = Persistence.createEntityManagerFactory("rrhub-se", Map.of(
                    "jakarta.persistence.jdbc.url", db.url(),
                    "jakarta.persistence.jdbc.user", db.user(),
                    "jakarta.persistence.jdbc.password", db.password()));
            try {
                inPlatform(emf, em -> {
                    em.persist(new Tenant(NORTHFIELD, "Northfield Trust", Sector.NHS_TRUST, "kc-1", Instant.now()));
                    em.persist(new Tenant(WILLOW, "Willow House", Sector.CHILDRENS_HOME, "kc-2", Instant.now()));
                });
                String ashId = inTenant(emf, NORTHFIELD, em -> {
                    Ward ash = new Ward("Ash Ward", "Adult acute", 18, Instant.now());
                    em.persist(ash);
                    return ash.toView().id();
                });
                inTenant(emf, WILLOW, em -> {
                    em.persist(new Ward("Main house", "Residential", 6, Instant.now()));
                    return null;
                });

                List<String> northfieldWards = inTenant(emf, NORTHFIELD, em -> names(em));
                List<String> willowWards = inTenant(emf, WILLOW, em -> names(em));
                assertThat(northfieldWards).containsExactly("Ash Ward");
                assertThat(willowWards).containsExactly("Main house");

                // Loading another tenant's row by its id finds nothing: the discriminator applies to find() too.
                Ward foreign = inTenant(emf, WILLOW, em -> em.find(Ward.class, ashId));
                assertThat(foreign).isNull();
                Ward own = inTenant(emf, NORTHFIELD, em -> em.find(Ward.class, ashId));
                assertThat(own).isNotNull();
                assertThat(own.isOwnedBy(NORTHFIELD)).isTrue();
                assertThat(own.isOwnedBy(WILLOW)).isFalse();

                // The column is stamped from the EntityManager's tenant, not from anything the code sets.
                try (Connection c = db.dataSource().getConnection()) {
                    var rs = c.createStatement().executeQuery("select tenant_id from ward where name = 'Ash Ward'");
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("northfield");
                }

                // A tenant-owned row for a tenant that does not exist is refused by the database.
                assertThatThrownBy(() -> inTenant(emf, TenantId.of("nobody"), em -> {
                    em.persist(new Ward("Ghost", "None", 1, Instant.now()));
                    return null;
                })).isInstanceOf(PersistenceException.class);
            } finally {
                emf.close();
            }
        }
    }

    private static List<String> names(EntityManager em) {
        return em.createQuery("select w from Ward w order by w.name", Ward.class).getResultStream()
                .map(Ward::toView).map(WardView::name).toList();
    }

    private static void inPlatform(EntityManagerFactory emf, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static <T> T inTenant(EntityManagerFactory emf, TenantId tenant, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager(Map.of(Multitenancy.TENANT_PROPERTY, tenant.value()));
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
