package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** The request's tenant's plans and their revisions. */
@ApplicationScoped
class PlanRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    private EntityManager em() {
        return tenantEntityManager.get();
    }

    List<PledgePlan> all() {
        return em().createQuery("select p from PledgePlan p order by p.cycleStart desc", PledgePlan.class)
                .getResultList();
    }

    Optional<PledgePlan> find(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(PledgePlan.class, id))
                .filter(plan -> plan.isOwnedBy(tenantContext.requireTenant()));
    }

    void add(PledgePlan plan) {
        em().persist(plan);
    }

    List<PlanRevision> revisions(String planId) {
        return revisions(em(), planId);
    }

    /** Writes the plan's state after a change as its next revision. */
    void recordRevision(PledgePlan plan, String event, String actor, java.time.Instant at) {
        recordRevision(em(), plan, event, actor, at);
    }

    static List<PlanRevision> revisions(EntityManager em, String planId) {
        return em.createQuery("select r from PlanRevision r where r.planId = :plan order by r.number",
                PlanRevision.class).setParameter("plan", planId).getResultList();
    }

    /** For any tenant-bound EntityManager: the request's, or one opened for an explicit tenant. */
    static void recordRevision(EntityManager em, PledgePlan plan, String event, String actor, java.time.Instant at) {
        em.flush();
        var view = plan.toView();
        int number = revisions(em, view.id()).size() + 1;
        em.persist(new PlanRevision(view.id(), number, plan.version(), view.status(), event, actor, at,
                view.content()));
    }
}
