package org.rrhub.compliance.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.core.api.ConflictException;
import org.rrhub.compliance.api.AnswerDraft;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.ComplianceStatus;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.SelfAssessments;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.compliance.api.Statement;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.persistence.api.TenantEntityManager;
import org.rrhub.tenants.api.People;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The self-assessment application service: one transaction per method, tenant-scoped through EclipseLink. */
@ApplicationScoped
@Transactional
class DefaultSelfAssessments implements SelfAssessments {

    static final int FIRST_YEAR = 2019;

    @Inject
    Frameworks frameworks;

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    @Inject
    People people;

    @Inject
    DocumentLibrary documents;

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Assessment assessment(String frameworkId, int year) {
        return AssessmentReader.read(em(), framework(frameworkId, year), year);
    }

    @Override
    public AnswerView answer(String frameworkId, int year, String statementId, Long expectedVersion, AnswerDraft draft,
                             String actor) {
        Framework framework = framework(frameworkId, year);
        framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
        if (draft == null) {
            throw InvalidInputException.of("status", "Send the answer");
        }
        Answer answer = answers(frameworkId, year).get(statementId);
        if (answer != null && (expectedVersion == null || answer.version() != expectedVersion)) {
            throw new ConflictException("This answer", answer.updatedBy(), answer.version());
        }
        List<FieldError> errors = AnswerRules.check(draft, people::isMember, this::isOwnDocument,
                id -> actions.find(id).isPresent());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (answer == null) {
            answer = new Answer(frameworkId, year, statementId);
            answer.record(draft, clock.instant(), actor);
            em().persist(answer);
        } else {
            answer.record(draft, clock.instant(), actor);
        }
        em().flush();
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ASSESSMENT_ANSWERED,
                frameworkId + " " + year + " " + statementId + ": " + draft.status().label());
        outbox.changed(tenantContext.requireTenant(), ItemKind.ANSWER, answer.id());
        return answer.toView();
    }

    @Override
    public String turnIntoAction(String frameworkId, int year, String statementId, String actor) {
        Framework framework = framework(frameworkId, year);
        Statement statement = framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
        Answer answer = answers(frameworkId, year).get(statementId);
        if (answer == null || !(answer.status() == ComplianceStatus.NOT_MET
                || answer.status() == ComplianceStatus.PARTIALLY_MET)) {
            throw InvalidInputException.of("status", "Only a statement answered not met or partially met is a gap");
        }
        PlanView plan = plans.current().orElseThrow(() -> InvalidInputException.of("plan",
                "Start your pledge action plan first: actions belong to a plan's cycle"));
        AnswerView view = answer.toView();
        LocalDate due = view.targetDate() != null && !view.targetDate().isBefore(plan.cycleStart())
                && !view.targetDate().isAfter(plan.cycleEnd()) ? view.targetDate() : plan.cycleEnd();
        String title = "Meet standard " + statementId + ": " + abbreviate(statement.text(), 150);
        ActionDraft draft = new ActionDraft(statement.domains().get(0), title,
                "From the " + year + " self-assessment (" + view.status().label().toLowerCase() + "). "
                        + abbreviate(view.narrative(), 1500),
                view.owner() == null ? actor : view.owner(), due, ActionStatus.NOT_STARTED, null, List.of());
        ActionView action = actions.createInCurrentPlan(draft,
                "assessment:" + frameworkId + "/" + year + "/" + statementId, actor);
        answer.linkAction(action.id(), clock.instant(), actor);
        em().flush();
        outbox.changed(tenantContext.requireTenant(), ItemKind.ANSWER, answer.id());
        return action.id();
    }

    private static String abbreviate(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    private boolean isOwnDocument(String documentId) {
        try {
            documents.get(documentId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Framework framework(String frameworkId, int year) {
        return framework(frameworks, frameworkId, year);
    }

    /** The framework of an assessment year that can exist; anything else is "not found". */
    static Framework framework(Frameworks frameworks, String frameworkId, int year) {
        if (year < FIRST_YEAR || year > 2100) {
            throw new NotFoundException("Assessment");
        }
        return frameworks.find(frameworkId).orElseThrow(() -> new NotFoundException("Framework"));
    }

    private Map<String, Answer> answers(String frameworkId, int year) {
        return AssessmentReader.answers(em(), frameworkId, year);
    }

    private EntityManager em() {
        return tenantEntityManager.get();
    }
}
