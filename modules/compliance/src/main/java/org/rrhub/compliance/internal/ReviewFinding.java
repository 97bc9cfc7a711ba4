package org.rrhub.compliance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.rrhub.compliance.api.FindingView;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A reviewer's finding on one statement of the assessment under review, and the provider's answer to it. */
@Entity
@Table(name = "review_finding")
@Multitenant
@TenantDiscriminatorColumn(name = Multitenancy.TENANT_COLUMN, contextProperty = Multitenancy.TENANT_PROPERTY,
        length = 63)
class ReviewFinding {

    static final int TEXT_MAX = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false, length = 36)
    private String reviewId;

    @Column(name = "statement_id", nullable = false, updatable = false, length = 40)
    private String statementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 20)
    private Verdict verdict;

    @Column(name = "comment", nullable = false, length = TEXT_MAX)
    private String comment;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 255)
    private String recordedBy;

    @Column(name = "answer", length = TEXT_MAX)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 255)
    private String answeredBy;

    protected ReviewFinding() {
    }

    ReviewFinding(String reviewId, String statementId) {
        this.id = UUID.randomUUID().toString();
        this.reviewId = reviewId;
        this.statementId = statementId;
    }

    /** A disagreement must say why: the provider has to be able to answer it. */
    void record(Verdict verdict, String comment, Instant now, String actor) {
        String text = comment == null ? "" : comment.strip();
        List<FieldError> errors = new ArrayList<>();
        if (verdict == null) {
            errors.add(new FieldError("verdict", "Choose whether you agree with the status the provider gave"));
        } else if (verdict == Verdict.DISAGREE && text.isEmpty()) {
            errors.add(new FieldError("comment", "Say why you disagree"));
        }
        if (text.length() > TEXT_MAX) {
            errors.add(new FieldError("comment", "The comment must be " + TEXT_MAX + " characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.verdict = verdict;
        this.comment = text;
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    void answer(String text, Instant now, String actor) {
        String written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw InvalidInputException.of("answer", "Write your answer to the finding");
        }
        if (written.length() > TEXT_MAX) {
            throw InvalidInputException.of("answer", "The answer must be " + TEXT_MAX + " characters or fewer");
        }
        this.answer = written;
        this.answeredAt = now;
        this.answeredBy = actor;
    }

    boolean needsAnswer() {
        return verdict == Verdict.DISAGREE && answer == null;
    }

    String id() {
        return id;
    }

    String reviewId() {
        return reviewId;
    }

    String statementId() {
        return statementId;
    }

    Verdict verdict() {
        return verdict;
    }

    FindingView toView() {
        return new FindingView(id, statementId, verdict, comment, recordedAt, recordedBy, answer, answeredAt,
                answeredBy, needsAnswer());
    }
}
