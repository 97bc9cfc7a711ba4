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
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionNoteView;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.ActionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** One piece of work that delivers a plan, in one strategy domain. Tenant-owned; checked by {@link ActionRules}. */
@Entity
@Table(name = "plan_action")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class PlanAction {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "plan_id", nullable = false, updatable = false, length = 36)
    private String planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false, length = 60)
    private StrategyDomain domain;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "owner", nullable = false, length = 255)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "dropped_reason", length = 1000)
    private String droppedReason;

    /** The plan priorities served, as "1,3": three small numbers do not deserve a table. */
    @Column(name = "serves_priorities", nullable = false, length = 10)
    private String priorities;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** What the action was made from, if anything (for example a self-assessment gap); never changed. */
    @Column(name = "source_ref", length = 120, updatable = false)
    private String source;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PlanAction() {
    }

    PlanAction(String planId, ActionDraft draft, LocalDate today, Instant now, String actor) {
        this(planId, draft, null, today, now, actor);
    }

    PlanAction(String planId, ActionDraft draft, String source, LocalDate today, Instant now, String actor) {
        this.id = UUID.randomUUID().toString();
        this.planId = planId;
        this.source = source;
        describe(draft, today, now, actor);
    }

    /** Replaces what is written about the action; marks the day it was done, and forgets it when reopened. */
    void describe(ActionDraft draft, LocalDate today, Instant now, String actor) {
        this.domain = draft.domain();
        this.title = draft.title().strip();
        this.description = draft.description() == null ? "" : draft.description();
        this.owner = draft.owner().strip();
        this.dueDate = draft.dueDate();
        if (draft.status() == ActionStatus.DONE && status != ActionStatus.DONE) {
            this.completedOn = today;
        } else if (draft.status() != ActionStatus.DONE) {
            this.completedOn = null;
        }
        this.status = draft.status();
        this.droppedReason = status == ActionStatus.DROPPED ? draft.droppedReason().strip() : null;
        this.priorities = draft.priorities().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** A note is progress on the action: it changes the action's version, so concurrent edits see it. */
    void noted(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    String planId() {
        return planId;
    }

    boolean belongsTo(TenantId tenant, String plan) {
        return tenant.value().equals(tenantId) && planId.equals(plan);
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    StrategyDomain domain() {
        return domain;
    }

    boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate.isBefore(today);
    }

    ActionView toView(List<ActionNoteView> notes, LocalDate today) {
        List<Integer> served = priorities.isEmpty() ? List.of()
                : Arrays.stream(priorities.split(",")).map(Integer::valueOf).toList();
        return new ActionView(id, planId, domain, title, description, owner, dueDate, status, droppedReason, served,
                isOverdue(today), completedOn, version, updatedAt, updatedBy, notes, source);
    }
}
