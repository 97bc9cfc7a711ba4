package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.pledge.api.PlanConflictException;
import org.rrhub.pledge.api.PlanReviews;
import org.rrhub.pledge.api.PlanView;
import org.rrhub.tenants.api.ReviewAccess;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * A reviewer acts across tenants, so there is no tenant in the request: each call checks the provider's current
 * grant first, then opens an EntityManager bound to that provider explicitly.
 */
@ApplicationScoped
@Transactional
class DefaultPlanReviews implements PlanReviews {

    static final int COMMENTS_MAX = 4000;

    @Inject
    ReviewAccess access;

    @Inject
    TenantEntityManagers entityManagers;

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager platform;

    @Inject
    AuditLog audit;

    @Inject
    IndexingOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<PlanView> plans(String tenant, String reviewer) {
        return inTenant(tenant, reviewer, em -> em.createQuery(
                        "select p from PledgePlan p order by p.cycleStart desc", PledgePlan.class)
                .getResultStream().map(PledgePlan::toView).toList());
    }

    @Override
    public PlanView plan(String tenant, String planId, String reviewer) {
        return inTenant(tenant, reviewer, em -> load(em, planId).toView());
    }

    @Override
    public PlanView accept(String tenant, String planId, long expectedVersion, String reviewer) {
        TenantId provider = access.requireCurrentGrant(tenant, reviewer);
        return entityManagers.call(provider, em -> {
            PledgePlan plan = current(em, planId, expectedVersion);
            plan.accept(clock.instant(), reviewer);
            PlanRepository.recordRevision(em, plan, "Accepted and published by the RRN", reviewer, clock.instant());
            PublishedPledge published = platform.find(PublishedPledge.class, provider.value());
            if (published == null) {
                platform.persist(new PublishedPledge(provider, plan.cycleStart(), plan.content(), clock.instant()));
            } else {
                published.republish(plan.cycleStart(), plan.content(), clock.instant());
            }
            audit.record(reviewer, provider, AuditAction.PLAN_ACCEPTED, "cycle " + plan.cycleStart());
        outbox.changed(provider, ItemKind.PLAN, plan.toView().id());
            return plan.toView();
        });
    }

    @Override
    public PlanView returnWithComments(String tenant, String planId, long expectedVersion, String comments,
                                       String reviewer) {
        String text = comments == null ? "" : comments.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("comments", "Say what the provider should change");
        }
        if (text.length() > COMMENTS_MAX) {
            throw InvalidInputException.of("comments", "Comments must be " + COMMENTS_MAX + " characters or fewer");
        }
        TenantId provider = access.requireCurrentGrant(tenant, reviewer);
        return entityManagers.call(provider, em -> {
            PledgePlan plan = current(em, planId, expectedVersion);
            plan.returnWithComments(text, clock.instant(), reviewer);
            PlanRepository.recordRevision(em, plan, "Returned with comments", reviewer, clock.instant());
            audit.record(reviewer, provider, AuditAction.PLAN_RETURNED, "cycle " + plan.cycleStart());
        outbox.changed(provider, ItemKind.PLAN, plan.toView().id());
            return plan.toView();
        });
    }

    private <T> T inTenant(String tenant, String reviewer, Function<EntityManager, T> work) {
        return entityManagers.call(access.requireCurrentGrant(tenant, reviewer), work);
    }

    private static PledgePlan load(EntityManager em, String planId) {
        PledgePlan plan = planId == null || planId.length() > 36 ? null : em.find(PledgePlan.class, planId);
        if (plan == null) {
            throw new NotFoundException("Plan");
        }
        return plan;
    }

    private static PledgePlan current(EntityManager em, String planId, long expectedVersion) {
        PledgePlan plan = load(em, planId);
        if (plan.version() != expectedVersion) {
            throw new PlanConflictException(plan.toView(), List.of());
        }
        return plan;
    }
}
