package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.PeerReviews;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.ConflictException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.ReviewAccess;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The reviewer acts across tenants, so the request's tenant (none, or the peer's own organisation) is never used:
 * each call checks the provider's current grant first, then works through an EntityManager bound to that provider.
 * A reviewer sees only their own reviews.
 */
@ApplicationScoped
@Transactional
class DefaultPeerReviews implements PeerReviews {

    @Inject
    ReviewAccess access;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    Frameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<ReviewView> reviewsOf(String tenant, String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> reviews.by(reviewer).stream()
                .map(r -> reviews.view(r, provider.value(), framework(r.frameworkId(), r.year()))).toList());
    }

    @Override
    public Assessment assessmentOf(String tenant, String frameworkId, int year, String reviewer) {
        TenantId provider = access.requireCurrentGrant(tenant, reviewer);
        Framework framework = framework(frameworkId, year);
        return entityManagers.call(provider, em -> AssessmentReader.read(em, framework, year));
    }

    @Override
    public ReviewView start(String tenant, String frameworkId, int year, String reviewer) {
        Framework framework = framework(frameworkId, year);
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = reviews.openReview(frameworkId, year, reviewer).orElse(null);
            if (review == null) {
                review = new AssessmentReview(frameworkId, year, reviewer, clock.instant());
                reviews.persist(review);
                reviews.record(review, clock.instant(), reviewer, "Review of the " + year + " self-assessment started");
                audit.record(reviewer, provider, AuditAction.ASSESSMENT_REVIEW_STARTED, frameworkId + " " + year);
            }
            return reviews.view(review, provider.value(), framework);
        });
    }

    @Override
    public ReviewView review(String tenant, String reviewId, String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = own(reviews, reviewId, reviewer);
            return reviews.view(review, provider.value(), framework(review.frameworkId(), review.year()));
        });
    }

    @Override
    public ReviewView recordFinding(String tenant, String reviewId, String statementId, Verdict verdict,
                                    String comment, String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = own(reviews, reviewId, reviewer);
            Framework framework = framework(review.frameworkId(), review.year());
            framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
            review.requireDraftBy(reviewer);
            ReviewFinding finding = reviews.finding(review.id(), statementId).orElse(null);
            boolean first = finding == null;
            if (first) {
                finding = new ReviewFinding(review.id(), statementId);
            }
            finding.record(verdict, comment, clock.instant(), reviewer);
            if (first) {
                reviews.persist(finding);
            }
            review.touch(clock.instant(), reviewer);
            reviews.record(review, clock.instant(), reviewer, (first ? "Finding recorded on " : "Finding revised on ")
                    + statementId + ": " + verdict.label().toLowerCase());
            return reviews.view(review, provider.value(), framework);
        });
    }

    @Override
    public ReviewView summarise(String tenant, String reviewId, long expectedVersion, String summary,
                                String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = current(reviews, reviewId, expectedVersion, reviewer);
            review.summarise(summary, clock.instant(), reviewer);
            reviews.record(review, clock.instant(), reviewer, "Overall summary written");
            return reviews.view(review, provider.value(), framework(review.frameworkId(), review.year()));
        });
    }

    @Override
    public ReviewView share(String tenant, String reviewId, long expectedVersion, String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = current(reviews, reviewId, expectedVersion, reviewer);
            review.share(reviews.findings(review.id()).size(), clock.instant(), reviewer);
            reviews.record(review, clock.instant(), reviewer, "Shared with the provider");
            audit.record(reviewer, provider, AuditAction.ASSESSMENT_REVIEW_SHARED, review.id());
            // Once shared, the findings are the provider's to search.
            reviews.findings(review.id()).forEach(f -> outbox.changed(provider, ItemKind.FINDING, f.id()));
            return reviews.view(review, provider.value(), framework(review.frameworkId(), review.year()));
        });
    }

    @Override
    public ReviewView close(String tenant, String reviewId, long expectedVersion, String reviewer) {
        return inProvider(tenant, reviewer, (provider, reviews) -> {
            AssessmentReview review = current(reviews, reviewId, expectedVersion, reviewer);
            review.close(clock.instant(), reviewer);
            reviews.record(review, clock.instant(), reviewer, "Closed");
            audit.record(reviewer, provider, AuditAction.ASSESSMENT_REVIEW_CLOSED, review.id());
            return reviews.view(review, provider.value(), framework(review.frameworkId(), review.year()));
        });
    }

    /** Another reviewer's review of the same provider is not theirs to see. */
    private static AssessmentReview own(ReviewRepository reviews, String reviewId, String reviewer) {
        AssessmentReview review = reviews.load(reviewId);
        if (!review.reviewer().equals(reviewer)) {
            throw new NotFoundException("Review");
        }
        return review;
    }

    private static AssessmentReview current(ReviewRepository reviews, String reviewId, long expectedVersion,
                                            String reviewer) {
        AssessmentReview review = own(reviews, reviewId, reviewer);
        if (review.version() != expectedVersion) {
            throw new ConflictException("This review", review.updatedBy(), review.version());
        }
        return review;
    }

    private Framework framework(String frameworkId, int year) {
        return DefaultSelfAssessments.framework(frameworks, frameworkId, year);
    }

    private <T> T inProvider(String tenant, String reviewer, BiFunction<TenantId, ReviewRepository, T> work) {
        TenantId provider = access.requireCurrentGrant(tenant, reviewer);
        return entityManagers.call(provider, em -> work.apply(provider, new ReviewRepository(em)));
    }
}
