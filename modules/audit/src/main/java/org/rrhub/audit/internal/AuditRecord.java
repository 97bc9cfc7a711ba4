package org.rrhub.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditEntry;
import org.rrhub.core.api.TenantId;

import java.time.Instant;
import java.util.Optional;

/** Immutable once written: no setters, every column non-updatable. */
@Entity
@Table(name = "audit_event")
class AuditRecord {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 255)
    private String actor;

    @Column(name = "tenant_id", updatable = false, length = 63)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "detail", nullable = false, updatable = false, length = 1000)
    private String detail;

    protected AuditRecord() {
    }

    AuditRecord(Instant occurredAt, String actor, TenantId tenant, AuditAction action, String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 255);
        this.tenantId = tenant == null ? null : tenant.value();
        this.action = action;
        this.detail = truncate(detail == null ? "" : detail, 1000);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, Optional.ofNullable(tenantId).map(TenantId::of), action, detail);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
