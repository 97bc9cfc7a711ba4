package org.rrhub.compliance.internal;

import jakarta.persistence.EntityManager;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads one tenant's assessment through an EntityManager bound to that tenant: for the provider and its reviewers. */
final class AssessmentReader {

    private AssessmentReader() {
    }

    static Map<String, Answer> answers(EntityManager em, String frameworkId, int year) {
        return em.createQuery("select a from Answer a where a.frameworkId = :framework and a.year = :year",
                        Answer.class)
                .setParameter("framework", frameworkId).setParameter("year", year).getResultStream()
                .collect(Collectors.toMap(Answer::statementId, a -> a));
    }

    static Assessment read(EntityManager em, Framework framework, int year) {
        Map<String, Answer> answers = answers(em, framework.id(), year);
        Map<String, ComplianceStatus> statuses = answers.values().stream()
                .collect(Collectors.toMap(Answer::statementId, Answer::status));
        List<AnswerView> views = framework.statements().stream().map(s -> answers.get(s.id()))
                .filter(Objects::nonNull).map(Answer::toView).toList();
        return new Assessment(framework.id(), year, views, RollUps.bySection(framework, statuses),
                RollUps.bySubsection(framework, statuses), RollUps.byDomain(framework, statuses));
    }
}
