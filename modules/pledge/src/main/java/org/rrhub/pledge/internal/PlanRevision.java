package org.rrhub.pledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.pledge.api.FieldChange;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanStatus;
import org.rrhub.pledge.api.RevisionView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An immutable snapshot of a plan after each change: who, when, which event, and the whole content. */
@Entity
@Table(name = "pledge_plan_revision")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class PlanRevision {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "plan_id", nullable = false, updatable = false, length = 36)
    private String planId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "plan_version", nullable = false, updatable = false)
    private long planVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 20)
    private PlanStatus status;

    @Column(name = "event", nullable = false, updatable = false, length = 40)
    private String event;

    @Column(name = "author", nullable = false, updatable = false, length = 255)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "content", nullable = false, updatable = false, length = 200000)
    private String content;

    protected PlanRevision() {
    }

    PlanRevision(String planId, int number, long planVersion, PlanStatus status, String event, String author,
                 Instant createdAt, PlanContent content) {
        this.id = UUID.randomUUID().toString();
        this.planId = planId;
        this.number = number;
        this.planVersion = planVersion;
        this.status = status;
        this.event = event;
        this.author = author;
        this.createdAt = createdAt;
        this.content = PlanJson.write(content);
    }

    int number() {
        return number;
    }

    long planVersion() {
        return planVersion;
    }

    PlanContent content() {
        return PlanJson.read(content);
    }

    RevisionView toView(PlanContent previous) {
        PlanContent current = content();
        List<FieldChange> changes = previous == null ? List.of() : PlanDiff.between(previous, current);
        return new RevisionView(number, createdAt, author, status, event, changes, current);
    }
}
