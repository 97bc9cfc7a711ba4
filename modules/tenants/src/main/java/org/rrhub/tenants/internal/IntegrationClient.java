package org.rrhub.tenants.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.tenants.api.IntegrationView;

import java.time.Instant;
import java.util.UUID;

/** A tenant's record of an API client it created in Keycloak. Tenant-owned. */
@Entity
@Table(name = "integration_client")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class IntegrationClient {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "client_id", nullable = false, length = 120)
    private String clientId;

    @Column(name = "idp_client_id", nullable = false, length = 64)
    private String identityProviderId;

    @Column(name = "role", nullable = false, length = 40)
    private String role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    protected IntegrationClient() {
    }

    IntegrationClient(String name, String clientId, String identityProviderId, Role role, Instant createdAt,
                      String createdBy) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.clientId = clientId;
        this.identityProviderId = identityProviderId;
        this.role = role.claimName();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    boolean isOwnedBy(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    String identityProviderId() {
        return identityProviderId;
    }

    String name() {
        return name;
    }

    IntegrationView toView() {
        return new IntegrationView(id, name, clientId, role, createdAt, createdBy);
    }
}
