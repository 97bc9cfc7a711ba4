package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.ReviewResponses;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.core.api.ConflictException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.time.Clock;
import java.util.List;

/** The provider's side of peer review, tenant-scoped through its request's EntityManager. */
@ApplicationScoped
@Transactional
class DefaultReviewResponses implements ReviewResponses {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    Frameworks frameworks;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<ReviewView> ofMyOrganisation() {
        ReviewRepository reviews = reviews();
        return reviews.all().stream().filter(AssessmentReview::isSharedWithProvider).map(r -> view(reviews, r))
                .toList();
    }

    @Override
    public ReviewView get(String reviewId) {
        ReviewRepository reviews = reviews();
        return view(reviews, shared(reviews, reviewId));
    }

    @Override
    public ReviewView answer(String reviewId, String findingId, String answer, String actor) {
        ReviewRepository reviews = reviews();
        AssessmentReview review = shared(reviews, reviewId);
        ReviewFinding finding = reviews.findings(review.id()).stream().filter(f -> f.id().equals(findingId))
                .findFirst().orElseThrow(() -> new NotFoundException("Finding"));
        review.requireAwaitingProvider();
        finding.answer(answer, clock.instant(), actor);
        review.touch(clock.instant(), actor);
        reviews.record(review, clock.instant(), actor, "Finding on " + finding.statementId() + " answered");
        outbox.changed(tenantContext.requireTenant(), ItemKind.FINDING, finding.id());
        return view(reviews, review);
    }

    @Override
    public ReviewView respond(String reviewId, long expectedVersion, String actor) {
        ReviewRepository reviews = reviews();
        AssessmentReview review = shared(reviews, reviewId);
        if (review.version() != expectedVersion) {
            throw new ConflictException("This review", review.updatedBy(), review.version());
        }
        review.respond(reviews.findings(review.id()), clock.instant(), actor);
        reviews.record(review, clock.instant(), actor, "Provider responded");
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ASSESSMENT_REVIEW_RESPONDED, review.id());
        return view(reviews, review);
    }

    /** A draft is the reviewer's own work in progress: to the provider it does not exist yet. */
    private static AssessmentReview shared(ReviewRepository reviews, String reviewId) {
        AssessmentReview review = reviews.load(reviewId);
        if (!review.isSharedWithProvider()) {
            throw new NotFoundException("Review");
        }
        return review;
    }

    private ReviewView view(ReviewRepository reviews, AssessmentReview review) {
        return reviews.view(review, tenantContext.requireTenant().value(),
                DefaultSelfAssessments.framework(frameworks, review.frameworkId(), review.year()));
    }

    private ReviewRepository reviews() {
        return new ReviewRepository(tenantEntityManager.get());
    }
}
