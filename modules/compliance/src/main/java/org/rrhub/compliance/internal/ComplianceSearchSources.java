package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.FindingView;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.Section;
import org.rrhub.compliance.api.Statement;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.search.api.Facet;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.SearchItem;
import org.rrhub.search.api.SearchSource;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Self-assessment answers and review findings as search sees them. Statement ids are exact keywords, so "1.15.II"
 * finds them as typed. A finding is searchable once its review is shared: a draft is the reviewer's own.
 */
final class ComplianceSearchSources {

    private ComplianceSearchSources() {
    }

    private static String sectionOf(Framework framework, String statementId) {
        return framework.sections().stream().filter(s -> s.subsections().stream()
                        .anyMatch(sub -> sub.statements().stream().anyMatch(st -> st.id().equals(statementId))))
                .map(Section::number).findFirst().orElse("");
    }

    @ApplicationScoped
    static class Answers implements SearchSource {

        @Inject
        TenantEntityManagers entityManagers;

        @Inject
        Frameworks frameworks;

        @Override
        public ItemKind kind() {
            return ItemKind.ANSWER;
        }

        @Override
        public Optional<SearchItem> load(TenantId tenant, String id) {
            return entityManagers.call(tenant, em -> Optional.ofNullable(
                    id == null || id.length() > 36 ? null : em.find(Answer.class, id)).flatMap(a -> item(tenant, a)));
        }

        @Override
        public void forEach(TenantId tenant, Consumer<SearchItem> sink) {
            entityManagers.call(tenant, em -> {
                em.createQuery("select a from Answer a", Answer.class).getResultList()
                        .forEach(a -> item(tenant, a).ifPresent(sink));
                return null;
            });
        }

        private Optional<SearchItem> item(TenantId tenant, Answer answer) {
            Optional<Framework> framework = frameworks.find(answer.frameworkId());
            Optional<Statement> statement = framework.flatMap(f -> f.statement(answer.statementId()));
            if (statement.isEmpty()) {
                return Optional.empty();
            }
            AnswerView view = answer.toView();
            StringBuilder text = new StringBuilder(statement.get().text()).append("\nSelf-assessed ")
                    .append(answer.year()).append(": ").append(view.status().label()).append(".\n")
                    .append(view.narrative());
            if (view.notApplicableRationale() != null) {
                text.append("\nNot applicable because: ").append(view.notApplicableRationale());
            }
            if (!view.evidenceNote().isEmpty()) {
                text.append("\nEvidence: ").append(view.evidenceNote());
            }
            String title = "Statement " + answer.statementId() + " (" + answer.year() + "): " + view.status().label();
            return Optional.of(new SearchItem(tenant, ItemKind.ANSWER, answer.id(), title, text.toString(),
                    "/assessment/" + answer.frameworkId() + "/" + answer.year() + "/statements/" + answer.statementId(),
                    view.updatedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    Map.of(Facet.SECTION, List.of(sectionOf(framework.get(), answer.statementId())),
                            Facet.STATUS, List.of(view.status().name()),
                            Facet.DOMAIN, statement.get().domains().stream().map(StrategyDomain::name).toList()),
                    List.of(answer.statementId())));
        }
    }

    @ApplicationScoped
    static class Findings implements SearchSource {

        @Inject
        TenantEntityManagers entityManagers;

        @Inject
        Frameworks frameworks;

        @Override
        public ItemKind kind() {
            return ItemKind.FINDING;
        }

        @Override
        public Optional<SearchItem> load(TenantId tenant, String id) {
            return entityManagers.call(tenant, em -> Optional.ofNullable(
                            id == null || id.length() > 36 ? null : em.find(ReviewFinding.class, id))
                    .flatMap(f -> item(em, tenant, f)));
        }

        @Override
        public void forEach(TenantId tenant, Consumer<SearchItem> sink) {
            entityManagers.call(tenant, em -> {
                em.createQuery("select f from ReviewFinding f", ReviewFinding.class).getResultList()
                        .forEach(f -> item(em, tenant, f).ifPresent(sink));
                return null;
            });
        }

        private Optional<SearchItem> item(EntityManager em, TenantId tenant, ReviewFinding finding) {
            AssessmentReview review = em.find(AssessmentReview.class, finding.reviewId());
            if (review == null || !review.isSharedWithProvider()) {
                return Optional.empty();
            }
            Framework framework = frameworks.find(review.frameworkId()).orElse(null);
            FindingView view = finding.toView();
            String statementText = framework == null ? "" : framework.statement(view.statementId())
                    .map(Statement::text).orElse("");
            StringBuilder text = new StringBuilder(statementText).append("\nReviewer ").append(review.reviewer())
                    .append(": ").append(view.verdict().label()).append(". ").append(view.comment());
            if (view.answer() != null) {
                text.append("\nProvider's answer: ").append(view.answer());
            }
            return Optional.of(new SearchItem(tenant, ItemKind.FINDING, view.id(), "Review finding on "
                    + view.statementId() + " (" + review.year() + "): " + view.verdict().label(), text.toString(),
                    "/assessment-reviews/" + review.id(), view.recordedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    Map.of(Facet.SECTION, List.of(framework == null ? "" : sectionOf(framework, view.statementId())),
                            Facet.STATUS, List.of(view.verdict().name())),
                    List.of(view.statementId())));
        }
    }
}
