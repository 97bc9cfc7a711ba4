package org.rrhub.documents.internal;

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
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentStatus;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.documents.api.ReviewState;
import org.rrhub.documents.api.VersionView;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A document of the tenant's library: its metadata and approval; its files are {@link DocumentVersion}s. */
@Entity
@Table(name = "document")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class Document {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = Multitenancy.TENANT_COLUMN, insertable = false, updatable = false)
    private String tenantId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "owner", nullable = false, length = 255)
    private String owner;

    /** The strategy domains served, as enum names joined by commas. */
    @Column(name = "domains", nullable = false, length = 400)
    private String domains;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DocumentStatus status;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "approving_body", length = 200)
    private String approvingBody;

    @Column(name = "minute_reference", length = 100)
    private String minuteReference;

    @Column(name = "executive_lead", length = 200)
    private String executiveLead;

    @Column(name = "non_executive_lead", length = 200)
    private String nonExecutiveLead;

    @Column(name = "lived_experience", nullable = false)
    private boolean livedExperienceInvolved;

    @Column(name = "lived_experience_note", length = 1000)
    private String livedExperienceNote;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Document() {
    }

    Document(DocumentDetails details, Instant now, String actor) {
        this.id = UUID.randomUUID().toString();
        describe(details, now, actor);
    }

    void describe(DocumentDetails details, Instant now, String actor) {
        this.title = details.title().strip();
        this.kind = details.kind();
        this.owner = details.owner().strip();
        this.domains = details.domains().stream().map(Enum::name).collect(Collectors.joining(","));
        this.effectiveDate = details.effectiveDate();
        this.nextReviewDate = details.nextReviewDate();
        this.status = details.status();
        touched(now, actor);
    }

    void approve(Approval approval, Instant now, String actor) {
        this.approvedOn = approval.approvedOn();
        this.approvingBody = approval.approvingBody().strip();
        this.minuteReference = approval.minuteReference().strip();
        this.executiveLead = approval.executiveLead().strip();
        this.nonExecutiveLead = approval.nonExecutiveLead().strip();
        this.livedExperienceInvolved = approval.livedExperienceInvolved();
        this.livedExperienceNote = approval.livedExperienceNote() == null ? null : approval.livedExperienceNote().strip();
        if (status == DocumentStatus.DRAFT) {
            status = DocumentStatus.APPROVED;
        }
        touched(now, actor);
    }

    /** A new file was added: the document changed. */
    void versioned(Instant now, String actor) {
        touched(now, actor);
    }

    private void touched(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    boolean isOwnedBy(TenantId tenant) {
        return tenant.value().equals(tenantId);
    }

    String id() {
        return id;
    }

    long version() {
        return version;
    }

    String updatedBy() {
        return updatedBy;
    }

    DocumentKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    DocumentView toView(List<VersionView> versions, LocalDate today, String currentLabel) {
        List<StrategyDomain> served = domains.isEmpty() ? List.of()
                : Arrays.stream(domains.split(",")).map(StrategyDomain::valueOf).toList();
        Approval approval = approvedOn == null ? null : new Approval(approvedOn, approvingBody, minuteReference,
                executiveLead, nonExecutiveLead, livedExperienceInvolved, livedExperienceNote);
        DocumentDetails details = new DocumentDetails(title, kind, owner, served, currentLabel, effectiveDate,
                nextReviewDate, status);
        return new DocumentView(id, details, approval, ReviewState.of(nextReviewDate, today),
                kind.isBoardApproved() && approval == null, version, updatedAt, updatedBy, versions);
    }
}
