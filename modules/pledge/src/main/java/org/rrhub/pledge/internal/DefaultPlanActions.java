package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.pledge.api.ActionConflictException;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.ActionNoteView;
import org.rrhub.pledge.api.ActionStatus;
import org.rrhub.pledge.api.ActionView;
import org.rrhub.pledge.api.DomainProgress;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PlanProgress;
import org.rrhub.tenants.api.People;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;

/** The actions application service: one transaction per method; a refused change stores nothing. */
@ApplicationScoped
@Transactional
class DefaultPlanActions implements PlanActions {

    @Inject
    ActionRepository actions;

    @Inject
    PlanRepository plans;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    /** Due dates are calendar days where the providers are. */
    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    @Override
    public List<ActionView> of(String planId) {
        plan(planId);
        List<PlanAction> all = actions.ofPlan(planId);
        Map<String, List<ActionNoteView>> notes = actions.notesOf(all.stream().map(PlanAction::id).toList()).stream()
                .collect(Collectors.groupingBy(ActionNote::actionId,
                        Collectors.mapping(ActionNote::toView, Collectors.toList())));
        LocalDate today = today();
        return all.stream().sorted(Comparator.comparing(PlanAction::domain))
                .map(a -> a.toView(notes.getOrDefault(a.id(), List.of()), today)).toList();
    }

    @Override
    public ActionView get(String planId, String actionId) {
        return view(load(planId, actionId));
    }

    @Override
    public Optional<ActionView> find(String actionId) {
        return actions.find(actionId).map(this::view);
    }

    @Override
    public ActionView create(String planId, ActionDraft draft, String actor) {
        PledgePlan plan = plan(planId);
        check(draft, plan);
        PlanAction action = new PlanAction(planId, draft, today(), clock.instant(), actor);
        actions.add(action);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ACTION_CREATED, draft.title().strip());
        outbox.changed(tenantContext.requireTenant(), ItemKind.ACTION, action.id());
        return view(action);
    }

    @Override
    public ActionView createInCurrentPlan(ActionDraft draft, String source, String actor) {
        PledgePlan plan = currentPlan().orElseThrow(() -> InvalidInputException.of("plan",
                "Start your pledge action plan first: actions belong to a plan's cycle"));
        check(draft, plan);
        PlanAction action = new PlanAction(plan.toView().id(), draft,
                source == null || source.length() > 120 ? null : source, today(), clock.instant(), actor);
        actions.add(action);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ACTION_CREATED, draft.title().strip());
        outbox.changed(tenantContext.requireTenant(), ItemKind.ACTION, action.id());
        return view(action);
    }

    private java.util.Optional<PledgePlan> currentPlan() {
        List<PledgePlan> all = plans.all();
        return all.stream().filter(p -> p.covers(today())).findFirst().or(() -> all.stream().findFirst());
    }

    @Override
    public ActionView update(String planId, String actionId, long expectedVersion, ActionDraft draft, String actor) {
        PlanAction action = load(planId, actionId);
        if (action.version() != expectedVersion) {
            throw new ActionConflictException(view(action));
        }
        check(draft, plan(planId));
        action.describe(draft, today(), clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ACTION_CHANGED,
                draft.title().strip() + ": " + draft.status().label().toLowerCase());
        outbox.changed(tenantContext.requireTenant(), ItemKind.ACTION, action.id());
        return view(action);
    }

    @Override
    public ActionView addNote(String planId, String actionId, LocalDate date, String text, String actor) {
        PlanAction action = load(planId, actionId);
        List<FieldError> errors = ActionRules.checkNote(date, text, today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        actions.add(new ActionNote(action.id(), date, text.strip(), actor, clock.instant()));
        action.noted(clock.instant(), actor);
        audit.record(actor, tenantContext.requireTenant(), AuditAction.ACTION_NOTED, action.id());
        outbox.changed(tenantContext.requireTenant(), ItemKind.ACTION, action.id());
        return view(action);
    }

    @Override
    public PlanProgress progress(String planId) {
        List<ActionView> all = of(planId);
        List<DomainProgress> byDomain = Arrays.stream(StrategyDomain.values()).map(domain -> {
            List<ActionView> inDomain = all.stream().filter(a -> a.domain() == domain).toList();
            return new DomainProgress(domain,
                    (int) inDomain.stream().filter(a -> a.status().isOpen()).count(),
                    (int) inDomain.stream().filter(ActionView::overdue).count(),
                    (int) inDomain.stream().filter(a -> a.status() == ActionStatus.DONE).count());
        }).toList();
        List<ActionView> overdue = all.stream().filter(ActionView::overdue)
                .sorted(Comparator.comparing(ActionView::dueDate)).toList();
        return new PlanProgress(byDomain, overdue);
    }

    private void check(ActionDraft draft, PledgePlan plan) {
        List<FieldError> errors = ActionRules.check(draft, plan.cycleStart(), people::isMember);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private PledgePlan plan(String planId) {
        return plans.find(planId).orElseThrow(() -> new NotFoundException("Plan"));
    }

    private PlanAction load(String planId, String actionId) {
        plan(planId);
        return actions.find(planId, actionId).orElseThrow(() -> new NotFoundException("Action"));
    }

    private ActionView view(PlanAction action) {
        actions.flush();
        List<ActionNoteView> notes = actions.notesOf(List.of(action.id())).stream().map(ActionNote::toView).toList();
        return action.toView(notes, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
