package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.rrhub.core.api.TenantContext;
import org.rrhub.persistence.api.TenantEntityManager;

import java.util.List;
import java.util.Optional;

/** The request's tenant's actions and their notes. */
@ApplicationScoped
class ActionRepository {

    @Inject
    TenantEntityManager tenantEntityManager;

    @Inject
    TenantContext tenantContext;

    private EntityManager em() {
        return tenantEntityManager.get();
    }

    List<PlanAction> ofPlan(String planId) {
        return em().createQuery("select a from PlanAction a where a.planId = :plan order by a.dueDate, a.title",
                PlanAction.class).setParameter("plan", planId).getResultList();
    }

    /** Only an action of this plan and tenant: an id from elsewhere is simply not there. */
    Optional<PlanAction> find(String planId, String actionId) {
        if (actionId == null || actionId.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(PlanAction.class, actionId))
                .filter(action -> action.belongsTo(tenantContext.requireTenant(), planId));
    }

    /** An action of any of this tenant's plans. */
    Optional<PlanAction> find(String actionId) {
        if (actionId == null || actionId.length() > 36) {
            return Optional.empty();
        }
        return Optional.ofNullable(em().find(PlanAction.class, actionId))
                .filter(action -> action.belongsTo(tenantContext.requireTenant(), action.planId()));
    }

    void add(PlanAction action) {
        em().persist(action);
    }

    /** Writes pending changes, so the version a caller gets back is the one stored. */
    void flush() {
        em().flush();
    }

    void add(ActionNote note) {
        em().persist(note);
    }

    /** The notes of the given actions, oldest first, in one query. */
    List<ActionNote> notesOf(List<String> actionIds) {
        if (actionIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select n from ActionNote n where n.actionId in :ids "
                        + "order by n.noteDate, n.recordedAt", ActionNote.class)
                .setParameter("ids", actionIds).getResultList();
    }
}
