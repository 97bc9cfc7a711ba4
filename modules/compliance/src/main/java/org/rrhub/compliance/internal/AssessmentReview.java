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
import org.rrhub.compliance.api.ReviewState;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * A peer review of one provider's self-assessment for one framework and year. Owned by the provider (its tenant
 * column), written by the reviewer while a draft and by the provider while shared. Each method checks the state it
 * needs, so a review only ever moves draft -> shared -> provider responded -> closed.
 */
@Entity
@Table(name = "assessment_review")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class AssessmentReview {

    static final int SUMMARY_MAX = 4000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "framework_id", nullable = false, updatable = false, length = 40)
    private String frameworkId;

    @Column(name = "assessment_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "reviewer", nullable = false, updatable = false, length = 255)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ReviewState state;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 255)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AssessmentReview() {
    }

    AssessmentReview(String frameworkId, int year, String reviewer, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.frameworkId = frameworkId;
        this.year = year;
        this.reviewer = reviewer;
        this.state = ReviewState.DRAFT;
        this.summary = "";
        this.startedAt = now;
        this.updatedAt = now;
        this.updatedBy = reviewer;
    }

    /** Whether this reviewer may write it: only its own reviewer, and only as a draft. */
    void requireDraftBy(String actor) {
        if (!reviewer.equals(actor)) {
            throw new org.rrhub.core.api.NotFoundException("Review");
        }
        requireState(ReviewState.DRAFT, "The review has been shared: its findings can no longer change");
    }

    void summarise(String text, Instant now, String actor) {
        requireDraftBy(actor);
        String written = text == null ? "" : text.strip();
        if (written.length() > SUMMARY_MAX) {
            throw InvalidInputException.of("summary", "The summary must be " + SUMMARY_MAX
                    + " characters or fewer");
        }
        this.summary = written;
        touch(now, actor);
    }

    void share(int findings, Instant now, String actor) {
        requireDraftBy(actor);
        if (summary.isEmpty()) {
            throw InvalidInputException.of("summary", "Write the overall summary before sharing the review");
        }
        if (findings == 0) {
            throw InvalidInputException.of("findings", "Record at least one finding before sharing the review");
        }
        this.state = ReviewState.SHARED;
        touch(now, actor);
    }

    /** The provider's answers are collected first; the response is sent once every disagreement has one. */
    void respond(Collection<ReviewFinding> findings, Instant now, String actor) {
        requireState(ReviewState.SHARED, "The review is not waiting for your response");
        String unanswered = findings.stream().filter(ReviewFinding::needsAnswer).map(ReviewFinding::statementId)
                .sorted().reduce((a, b) -> a + ", " + b).orElse("");
        if (!unanswered.isEmpty()) {
            throw InvalidInputException.of("findings", "Answer every finding the reviewer disagrees with first: "
                    + unanswered);
        }
        this.state = ReviewState.RESPONDED;
        touch(now, actor);
    }

    void close(Instant now, String actor) {
        if (!reviewer.equals(actor)) {
            throw new org.rrhub.core.api.NotFoundException("Review");
        }
        requireState(ReviewState.RESPONDED, "A review can be closed once the provider has responded");
        this.state = ReviewState.CLOSED;
        touch(now, actor);
    }

    void requireAwaitingProvider() {
        requireState(ReviewState.SHARED, "The review is not waiting for your answers");
    }

    /** Any change to the review or its findings moves the version on, so stale forms are caught. */
    void touch(Instant now, String actor) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private void requireState(ReviewState expected, String message) {
        if (state != expected) {
            throw InvalidInputException.of("state", message);
        }
    }

    boolean isSharedWithProvider() {
        return state != ReviewState.DRAFT;
    }

    boolean isOpen() {
        return state != ReviewState.CLOSED;
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

    String reviewer() {
        return reviewer;
    }

    ReviewState state() {
        return state;
    }

    String summary() {
        return summary;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    long version() {
        return version;
    }
}
