package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.tenants.api.TenantRegistry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes one demo tenant's answers and reviews in one transaction, bound to that tenant explicitly, through the
 * aggregates' own methods (so a review reaches "responded" only when every disagreement has an answer).
 */
@ApplicationScoped
class DemoAssessmentWriter {

    private static final String ACTOR = "demo-provisioning";

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    TenantRegistry tenants;

    @Inject
    Frameworks frameworks;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    /** @return how many answers and reviews were written (0 when they exist, or the tenant does not) */
    @Transactional
    int writeIfAbsent(TenantId tenant, DemoAssessments.DemoAssessment demo) {
        if (tenants.find(tenant).isEmpty()) {
            return 0;
        }
        Framework framework = frameworks.current();
        int year = demo.yearOr(LocalDate.now(clock));
        EntityManager em = entityManagers.open(tenant);
        try {
            int written = writeAnswers(em, tenant, framework, year, demo);
            for (DemoAssessments.DemoReview review : list(demo.reviews())) {
                written += writeReview(em, tenant, framework, year, review) ? 1 : 0;
            }
            em.flush();
            return written;
        } finally {
            em.close();
        }
    }

    private int writeAnswers(EntityManager em, TenantId tenant, Framework framework, int year,
                             DemoAssessments.DemoAssessment demo) {
        boolean answered = !em.createQuery("select a.id from Answer a where a.frameworkId = :f and a.year = :y",
                        String.class).setParameter("f", framework.id()).setParameter("y", year).setMaxResults(1)
                .getResultList().isEmpty();
        if (answered) {
            return 0;
        }
        Instant now = clock.instant();
        String actor = demo.answeredBy() == null ? ACTOR : demo.answeredBy();
        int written = 0;
        for (DemoAssessments.DemoAnswer a : list(demo.answers())) {
            framework.statement(a.statement()).orElseThrow(() -> new IllegalArgumentException(
                    "The demo answers statement " + a.statement() + ", which " + framework.id() + " does not have"));
            Answer answer = new Answer(framework.id(), year, a.statement());
            answer.record(new AnswerDraft(a.status(), a.narrative(), a.owner(), a.targetDate(),
                    a.notApplicableRationale(), List.of(), a.evidenceNote(), List.of()), now, actor);
            em.persist(answer);
            em.flush();
            outbox.changed(tenant, ItemKind.ANSWER, answer.id());
            written++;
        }
        return written;
    }

    private boolean writeReview(EntityManager em, TenantId tenant, Framework framework, int year,
                                DemoAssessments.DemoReview demo) {
        ReviewRepository reviews = new ReviewRepository(em);
        if (reviews.by(demo.reviewer()).stream().anyMatch(r -> r.frameworkId().equals(framework.id())
                && r.year() == year)) {
            return false;
        }
        // A second between the steps, so the review's history reads in the order it happened.
        java.util.concurrent.atomic.AtomicLong step = new java.util.concurrent.atomic.AtomicLong();
        Instant start = clock.instant().minusSeconds(60);
        java.util.function.Supplier<Instant> at = () -> start.plusSeconds(step.getAndIncrement());
        String reviewer = demo.reviewer();
        AssessmentReview review = new AssessmentReview(framework.id(), year, reviewer, at.get());
        reviews.persist(review);
        reviews.record(review, at.get(), reviewer, "Review of the " + year + " self-assessment started");
        List<ReviewFinding> findings = new java.util.ArrayList<>();
        for (DemoAssessments.DemoFinding f : list(demo.findings())) {
            ReviewFinding finding = new ReviewFinding(review.id(), f.statement());
            finding.record(f.verdict(), f.comment(), at.get(), reviewer);
            reviews.persist(finding);
            reviews.record(review, at.get(), reviewer, "Finding recorded on " + f.statement() + ": "
                    + f.verdict().label().toLowerCase());
            findings.add(finding);
        }
        review.summarise(demo.summary(), at.get(), reviewer);
        reviews.record(review, at.get(), reviewer, "Overall summary written");
        review.share(findings.size(), at.get(), reviewer);
        reviews.record(review, at.get(), reviewer, "Shared with the provider");
        String provider = demo.respondedBy() == null ? ACTOR : demo.respondedBy();
        List<DemoAssessments.DemoFinding> demoFindings = list(demo.findings());
        for (int i = 0; i < findings.size(); i++) {
            String answer = demoFindings.get(i).answer();
            if (answer != null) {
                findings.get(i).answer(answer, at.get(), provider);
                reviews.record(review, at.get(), provider, "Finding on " + findings.get(i).statementId() + " answered");
            }
        }
        if ("RESPONDED".equals(demo.state()) || "CLOSED".equals(demo.state())) {
            review.respond(findings, at.get(), provider);
            reviews.record(review, at.get(), provider, "Provider responded");
        }
        if ("CLOSED".equals(demo.state())) {
            review.close(at.get(), reviewer);
            reviews.record(review, at.get(), reviewer, "Closed");
        }
        em.flush();
        findings.forEach(f -> outbox.changed(tenant, ItemKind.FINDING, f.id()));
        return true;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
