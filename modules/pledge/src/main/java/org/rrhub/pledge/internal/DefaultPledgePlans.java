package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.pledge.api.PlanConflictException;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.pledge.api.RevisionView;
import org.rrhub.tenants.api.TenantRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pledge plan application service: each method is one transaction, so a refused or failed change leaves the
 * previous revision exactly as it was.
 */
@ApplicationScoped
@Transactional
class DefaultPledgePlans implements PledgePlans {

    @Inject
    PlanRepository plans;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantRegistry tenants;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<PlanView> cycles() {
        return plans.all().stream().map(PledgePlan::toView).toList();
    }

    @Override
    public java.util.Optional<PlanView> current() {
        List<PledgePlan> all = plans.all();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return all.stream().filter(p -> p.covers(today)).findFirst().or(() -> all.stream().findFirst())
                .map(PledgePlan::toView);
    }

    @Override
    public PlanView startCycle(LocalDate start, String actor) {
        if (start == null) {
            throw InvalidInputException.of("cycleStart", "Enter the date the plan's 12 months start");
        }
        List<PledgePlan> existing = plans.all();
        if (existing.stream().anyMatch(p -> p.covers(start) || p.covers(PlanRules.cycleEnd(start).minusDays(1))
                || (start.isBefore(p.cycleStart()) && !PlanRules.cycleEnd(start).isBefore(p.cycleStart())))) {
            throw InvalidInputException.of("cycleStart",
                    "Another plan already covers part of the 12 months from " + start);
        }
        PlanContent content = existing.stream()
                .filter(p -> p.cycleStart().isBefore(start))
                .findFirst()
                .map(previous -> carriedForward(previous.content(), start))
                .orElseGet(() -> fromOrganisation(start));
        PledgePlan plan = new PledgePlan(start, content, clock.instant(), actor);
        plans.add(plan);
        record(plan, "Cycle started", actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.PLAN_CYCLE_STARTED, "from " + start);
        outbox.changed(tenantContext.requireTenant(), ItemKind.PLAN, plan.toView().id());
        return plan.toView();
    }

    @Override
    public PlanView get(String id) {
        return load(id).toView();
    }

    @Override
    public PlanView save(String id, long expectedVersion, PlanContent content, String actor) {
        PledgePlan plan = load(id);
        checkVersion(plan, expectedVersion);
        List<FieldError> errors = PlanRules.checkLimits(content, plan.cycleStart());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (PlanDiff.between(plan.content(), content).isEmpty()) {
            return plan.toView();
        }
        plan.revise(content, clock.instant(), actor);
        record(plan, "Edited", actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.PLAN_SAVED, "cycle " + plan.cycleStart());
        outbox.changed(tenantContext.requireTenant(), ItemKind.PLAN, plan.toView().id());
        return plan.toView();
    }

    @Override
    public PlanView submit(String id, long expectedVersion, String actor) {
        PledgePlan plan = load(id);
        checkVersion(plan, expectedVersion);
        List<FieldError> errors = new ArrayList<>(PlanRules.checkLimits(plan.content(), plan.cycleStart()));
        errors.addAll(PlanRules.checkComplete(plan.content()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        plan.submit(clock.instant(), actor);
        record(plan, "Submitted to the RRN", actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.PLAN_SUBMITTED, "cycle " + plan.cycleStart());
        outbox.changed(tenantContext.requireTenant(), ItemKind.PLAN, plan.toView().id());
        return plan.toView();
    }

    @Override
    public byte[] pdf(String id) {
        return PlanPdf.render(load(id).toView());
    }

    @Override
    public List<RevisionView> revisions(String id) {
        List<PlanRevision> all = plans.revisions(load(id).toView().id());
        List<RevisionView> views = new ArrayList<>();
        PlanContent previous = null;
        for (PlanRevision revision : all) {
            views.add(revision.toView(previous));
            previous = revision.content();
        }
        java.util.Collections.reverse(views);
        return views;
    }

    @Override
    public RevisionView revision(String id, int number) {
        return revisions(id).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Revision"));
    }

    private PledgePlan load(String id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /** Somebody saved since the caller loaded the plan: refuse, and say what they changed. */
    private void checkVersion(PledgePlan plan, long expectedVersion) {
        if (plan.version() == expectedVersion) {
            return;
        }
        PlanView current = plan.toView();
        PlanContent base = plans.revisions(current.id()).stream()
                .filter(r -> r.planVersion() == expectedVersion)
                .findFirst().map(PlanRevision::content)
                .orElse(null);
        throw new PlanConflictException(current, base == null ? List.of() : PlanDiff.between(base, current.content()));
    }

    private void record(PledgePlan plan, String event, String actor) {
        plans.recordRevision(plan, event, actor, clock.instant());
    }

    private PlanContent fromOrganisation(LocalDate start) {
        var tenant = tenants.find(tenantContext.requireTenant()).orElseThrow();
        return PlanContent.blank(tenant.name(), tenant.sector().label(), start);
    }

    /** A new cycle starts from the last plan's answers: most of the form carries over from year to year. */
    private static PlanContent carriedForward(PlanContent previous, LocalDate start) {
        return new PlanContent(previous.organisationName(), previous.sector(), previous.reductionLead(),
                previous.contactEmail(), start, previous.priorities(), previous.domains());
    }
}
