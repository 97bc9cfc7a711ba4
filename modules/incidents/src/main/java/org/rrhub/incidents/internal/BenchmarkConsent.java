package org.rrhub.incidents.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A provider's decision to count in its sector's benchmark. Deliberately not multitenant: the benchmark reads the
 * decisions of every provider of a sector; the row is keyed by the provider and only its own admins change it.
 */
@Entity
@Table(name = "benchmark_consent")
class BenchmarkConsent {

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantId;

    @Column(name = "consented", nullable = false)
    private boolean consented;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected BenchmarkConsent() {
    }

    BenchmarkConsent(String tenantId, boolean consented, String decidedBy, Instant decidedAt) {
        this.tenantId = tenantId;
        decide(consented, decidedBy, decidedAt);
    }

    final void decide(boolean consented, String decidedBy, Instant decidedAt) {
        this.consented = consented;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    boolean consented() {
        return consented;
    }

    String tenantId() {
        return tenantId;
    }
}
