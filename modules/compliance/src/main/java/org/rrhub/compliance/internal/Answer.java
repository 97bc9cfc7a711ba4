package org.rrhub.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A tenant's answer to one statement of one framework in one year. Tenant-owned; checked by {@link AnswerRules}. */
@Entity
@Table(name = "assessment_answer")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class Answer {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "framework_id", nullable = false, updatable = false, length = 40)
    private String frameworkId;

    @Column(name = "assessment_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "statement_id", nullable = false, updatable = false, length = 40)
    private String statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ComplianceStatus status;

    @Column(name = "narrative", nullable = false, length = 2000)
    private String narrative;

    @Column(name = "owner", length = 255)
    private String owner;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "na_rationale", length = 1000)
    private String notApplicableRationale;

    /** The tenant's documents given as evidence, as ids joined by commas. */
    @Column(name = "document_ids", nullable = false, length = 4000)
    private String documentIds;

    @Column(name = "evidence_note", nullable = false, length = 2000)
    private String evidenceNote;

    /** The pledge plan actions linked to the statement (chosen, or made from its gap), as ids joined by commas. */
    @Column(name = "action_ids", nullable = false, length = 2000)
    private String actionIds = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Answer() {
    }

    Answer(String frameworkId, int year, String statementId) {
        this.id = UUID.randomUUID().toString();
        this.frameworkId = frameworkId;
        this.year = year;
        this.statementId = statementId;
    }

    void record(AnswerDraft draft, Instant now, String actor) {
        this.status = draft.status();
        this.narrative = text(draft.narrative()).strip();
        this.owner = text(draft.owner()).isBlank() ? null : draft.owner().strip();
        this.targetDate = draft.targetDate();
        this.notApplicableRationale = status == ComplianceStatus.NOT_APPLICABLE
                ? draft.notApplicableRationale().strip() : null;
        this.documentIds = String.join(",", draft.documentIds());
        this.evidenceNote = text(draft.evidenceNote()).strip();
        if (draft.actionIds() != null) {
            this.actionIds = String.join(",", draft.actionIds());
        }
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Remembers an action made from this answer; the answer's version moves on, like any change. */
    void linkAction(String actionId, Instant now, String actor) {
        this.actionIds = actionIds.isEmpty() ? actionId : actionIds + "," + actionId;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    String id() {
        return id;
    }

    String frameworkId() {
        return frameworkId;
    }

    int year() {
        return year;
    }

    String statementId() {
        return statementId;
    }

    ComplianceStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    String updatedBy() {
        return updatedBy;
    }

    AnswerView toView() {
        List<String> documents = documentIds.isEmpty() ? List.of() : Arrays.asList(documentIds.split(","));
        List<String> actions = actionIds == null || actionIds.isEmpty() ? List.of()
                : Arrays.asList(actionIds.split(","));
        boolean unevidenced = status == ComplianceStatus.MET && documents.isEmpty() && evidenceNote.isEmpty()
                && actions.isEmpty();
        return new AnswerView(statementId, status, narrative, owner, targetDate, notApplicableRationale, documents,
                evidenceNote, unevidenced, actions, version, updatedAt, updatedBy);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
