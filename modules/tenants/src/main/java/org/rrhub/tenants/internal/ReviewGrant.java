package org.rrhub.tenants.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.GrantView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A provider's grant of review access to a named reviewer for a period. Platform-owned (see V3 migration). */
@Entity
@Table(name = "review_grant")
class ReviewGrant {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 63)
    private String tenantId;

    @Column(name = "reviewer", nullable = false, updatable = false, length = 255)
    private String reviewer;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 255)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 255)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ReviewGrant() {
    }

    ReviewGrant(TenantId tenant, String reviewer, LocalDate validFrom, LocalDate validUntil, String grantedBy,
                Instant grantedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenant.value();
        this.reviewer = reviewer;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    boolean belongsTo(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    /** Current: not revoked, and today within the period (both ends included). */
    boolean isCurrent(LocalDate today) {
        return revokedAt == null && held().isCurrent(today);
    }

    void revoke(String actor, Instant now) {
        if (revokedAt == null) {
            revokedBy = actor;
            revokedAt = now;
        }
    }

    TenantId tenant() {
        return TenantId.of(tenantId);
    }

    HeldGrant held() {
        return new HeldGrant(id, tenant(), reviewer, validFrom, validUntil, grantedBy, grantedAt);
    }

    GrantView toView(String tenantName, LocalDate today) {
        return new GrantView(id, tenantId, tenantName, reviewer, validFrom, validUntil, grantedBy, grantedAt,
                isCurrent(today));
    }
}
