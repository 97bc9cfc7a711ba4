package org.rrhub.incidents.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The module's persistence unit outside the container (src/test/resources/META-INF/persistence.xml) on a test or
 * benchmark database, with EntityManagers bound to one provider as {@code TenantEntityManagers} opens them in the
 * application.
 */
final class ProviderUnit implements AutoCloseable {

    private final EntityManagerFactory factory;

    private ProviderUnit(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** With JDBC batch writing as the application has it (decision 0016), or EclipseLink's default. */
    static ProviderUnit open(String url, String user, String password, boolean batchWriting) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
        if (batchWriting) {
            properties.put("eclipselink.jdbc.batch-writing", "JDBC");
            properties.put("eclipselink.jdbc.batch-writing.size", "1000");
        }
        return new ProviderUnit(Persistence.createEntityManagerFactory("rrhub-se", properties));
    }

    /** The tenant rows the incident tables refer to: platform data, so written directly. */
    static void insertTenants(DataSource dataSource, Iterable<TenantId> tenants) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO tenant (id, name, name_key, sector, status,"
                     + " created_at, version) VALUES (?, ?, ?, 'NHS_TRUST', 'ACTIVE', ?, 0)")) {
            for (TenantId tenant : tenants) {
                insert.setString(1, tenant.value());
                insert.setString(2, tenant.value());
                insert.setString(3, tenant.value());
                insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
                insert.executeUpdate();
            }
        }
    }

    /** Work with a fresh EntityManager bound to the provider; a transaction the work leaves open is rolled back. */
    <T> T inTenant(TenantId tenant, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager(Map.of(Multitenancy.TENANT_PROPERTY, tenant.value()));
        try {
            return work.apply(em);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Work in one transaction, committed when the work returns. */
    <T> T inTransaction(TenantId tenant, Function<EntityManager, T> work) {
        return inTenant(tenant, em -> {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
