package org.rrhub.tenants.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.tenants.api.WardView;

import java.time.Instant;
import java.util.UUID;

/**
 * A ward or service unit. Tenant-owned: EclipseLink stamps and filters the tenant column from the
 * EntityManager's tenant property, so no query in this module names it.
 */
@Entity
@Table(name = "ward")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class Ward {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** Read-only view of the discriminator, so ownership can be re-checked after loading by id. */
    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "service", nullable = false, length = 120)
    private String service;

    @Column(name = "beds", nullable = false)
    private int beds;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Ward() {
    }

    Ward(String name, String service, int beds, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.service = service;
        this.beds = beds;
        this.createdAt = createdAt;
    }

    boolean isOwnedBy(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    String name() {
        return name;
    }

    WardView toView() {
        return new WardView(id, name, service, beds);
    }
}
