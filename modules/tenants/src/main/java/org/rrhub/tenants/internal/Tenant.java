package org.rrhub.tenants.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantStatus;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Instant;
import java.util.Locale;

/** A provider organisation. Platform-owned: this table is the registry of tenants, not tenant data. */
@Entity
@Table(name = "tenant")
class Tenant {

    @Id
    @Column(name = "id", length = 63)
    private String id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    /** The name folded for the uniqueness rule: "Northfield Trust" and "northfield trust" are the same. */
    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "sector", nullable = false, length = 40)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TenantStatus status;

    @Column(name = "idp_organization_id", length = 64)
    private String identityProviderId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
    }

    Tenant(TenantId id, String name, Sector sector, String identityProviderId, Instant createdAt) {
        this.id = id.value();
        this.name = name;
        this.nameKey = nameKey(name);
        this.sector = sector;
        this.status = TenantStatus.ACTIVE;
        this.identityProviderId = identityProviderId;
        this.createdAt = createdAt;
    }

    static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    TenantId id() {
        return TenantId.of(id);
    }

    /** Absent for tenants created before the organization existed in the identity provider. */
    java.util.Optional<String> identityProviderId() {
        return java.util.Optional.ofNullable(identityProviderId);
    }

    void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    void reactivate() {
        status = TenantStatus.ACTIVE;
    }

    TenantSummary toSummary() {
        return new TenantSummary(id(), name, sector, status, createdAt);
    }
}
