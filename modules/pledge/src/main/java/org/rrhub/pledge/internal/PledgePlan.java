package org.rrhub.pledge.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanStateException;
import org.rrhub.pledge.api.PlanStatus;
import org.rrhub.pledge.api.PlanView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A tenant's RRN pledge action plan for one 12-month cycle: the aggregate that guards its lifecycle
 * (draft -> submitted -> returned or published) and its content. Tenant-owned.
 */
@Entity
@Table(name = "pledge_plan")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class PledgePlan {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "cycle_start", nullable = false, updatable = false)
    private LocalDate cycleStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "content", nullable = false, length = 200000)
    private String content;

    @Column(name = "review_comments", length = 4000)
    private String reviewComments;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PledgePlan() {
    }

    PledgePlan(LocalDate cycleStart, PlanContent content, Instant now, String actor) {
        this.id = UUID.randomUUID().toString();
        this.cycleStart = cycleStart;
        this.status = PlanStatus.DRAFT;
        this.content = PlanJson.write(content);
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    boolean isOwnedBy(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    LocalDate cycleStart() {
        return cycleStart;
    }

    long version() {
        return version;
    }

    PlanContent content() {
        return PlanJson.read(content);
    }

    /** True when the given day falls within this plan's cycle. */
    boolean covers(LocalDate day) {
        return !day.isBefore(cycleStart) && day.isBefore(PlanRules.cycleEnd(cycleStart));
    }

    void revise(PlanContent newContent, Instant now, String actor) {
        if (!status.isEditable()) {
            throw new PlanStateException("A plan that is " + status.label().toLowerCase()
                    + " cannot be changed");
        }
        this.content = PlanJson.write(newContent);
        touched(now, actor);
    }

    void submit(Instant now, String actor) {
        if (!status.isEditable()) {
            throw new PlanStateException("Only a draft or returned plan can be submitted; this one is "
                    + status.label().toLowerCase());
        }
        this.status = PlanStatus.SUBMITTED;
        touched(now, actor);
    }

    /** The reviewer sends the plan back: the provider edits it and submits it again. */
    void returnWithComments(String comments, Instant now, String reviewer) {
        requireSubmitted();
        this.status = PlanStatus.RETURNED;
        this.reviewComments = comments;
        touched(now, reviewer);
    }

    /** The reviewer accepts the plan: it is published and can no longer change. */
    void accept(Instant now, String reviewer) {
        requireSubmitted();
        this.status = PlanStatus.PUBLISHED;
        this.reviewComments = null;
        touched(now, reviewer);
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new PlanStateException("Only a submitted plan can be accepted or returned; this one is "
                    + status.label().toLowerCase());
        }
    }

    private void touched(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    PlanView toView() {
        return new PlanView(id, cycleStart, PlanRules.cycleEnd(cycleStart).minusDays(1), status, version, content(),
                reviewComments, updatedAt, updatedBy);
    }
}
