package org.rrhub.compliance.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.compliance.api.FindingView;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.compliance.api.Statement;
import org.rrhub.core.api.NotFoundException;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes reviews through an EntityManager bound to the provider: the reviewer's side opens one for the
 * granted provider, the provider's side uses its request's. The binding is the isolation; nothing here filters.
 */
final class ReviewRepository {

    private final EntityManager em;

    ReviewRepository(EntityManager em) {
        this.em = em;
    }

    AssessmentReview load(String reviewId) {
        AssessmentReview review = reviewId == null || reviewId.length() > 36 ? null
                : em.find(AssessmentReview.class, reviewId);
        if (review == null) {
            throw new NotFoundException("Review");
        }
        return review;
    }

    List<AssessmentReview> all() {
        return em.createQuery("select r from AssessmentReview r order by r.startedAt desc", AssessmentReview.class)
                .getResultList();
    }

    List<AssessmentReview> by(String reviewer) {
        return em.createQuery("select r from AssessmentReview r where r.reviewer = :reviewer "
                        + "order by r.startedAt desc", AssessmentReview.class)
                .setParameter("reviewer", reviewer).getResultList();
    }

    Optional<AssessmentReview> openReview(String frameworkId, int year, String reviewer) {
        return by(reviewer).stream().filter(r -> r.frameworkId().equals(frameworkId) && r.year() == year)
                .filter(AssessmentReview::isOpen).findFirst();
    }

    List<ReviewFinding> findings(String reviewId) {
        return em.createQuery("select f from ReviewFinding f where f.reviewId = :review", ReviewFinding.class)
                .setParameter("review", reviewId).getResultList();
    }

    Optional<ReviewFinding> finding(String reviewId, String statementId) {
        return findings(reviewId).stream().filter(f -> f.statementId().equals(statementId)).findFirst();
    }

    void persist(AssessmentReview review) {
        em.persist(review);
        // The review row must exist before rows that refer to it; EclipseLink does not order unrelated inserts.
        em.flush();
    }

    void persist(ReviewFinding finding) {
        em.persist(finding);
    }

    void record(AssessmentReview review, Instant at, String actor, String description) {
        em.persist(new ReviewEvent(review.id(), at, actor, description));
        em.flush();
    }

    ReviewView view(AssessmentReview review, String tenant, Framework framework) {
        Map<String, Integer> order = new HashMap<>();
        List<Statement> statements = framework.statements();
        for (int i = 0; i < statements.size(); i++) {
            order.put(statements.get(i).id(), i);
        }
        List<FindingView> findings = findings(review.id()).stream().map(ReviewFinding::toView)
                .sorted(Comparator.comparing(f -> order.getOrDefault(f.statementId(), Integer.MAX_VALUE)))
                .toList();
        var history = em.createQuery("select e from ReviewEvent e where e.reviewId = :review "
                        + "order by e.occurredAt, e.id", ReviewEvent.class)
                .setParameter("review", review.id()).getResultStream().map(ReviewEvent::toView).toList();
        return new ReviewView(review.id(), tenant, review.frameworkId(), review.year(), review.reviewer(),
                review.state(), review.summary(), findings, history, review.startedAt(), review.updatedAt(),
                review.version());
    }
}
