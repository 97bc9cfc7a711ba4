package org.rrhub.pledge.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.search.api.IndexingOutbox;
import org.rrhub.search.api.ItemKind;
import org.rrhub.pledge.api.ActionDraft;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.PlanStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes one demo tenant's plan, its actions and notes in one transaction, bound to that tenant explicitly. */
@ApplicationScoped
class DemoPlanWriter {

    private static final String ACTOR = "demo-provisioning";

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    TenantRegistry tenants;

    @Inject
    IndexingOutbox outbox;

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager platform;

    private final Clock clock = Clock.systemUTC();

    /** @return false when the tenant already has a plan (or does not exist) */
    @Transactional
    boolean writeIfAbsent(TenantId tenant, String organisationName, String sector, DemoPlans.DemoPlan demo) {
        if (tenants.find(tenant).isEmpty()) {
            return false;
        }
        EntityManager em = entityManagers.open(tenant);
        try {
            if (!em.createQuery("select p.id from PledgePlan p", String.class).setMaxResults(1).getResultList()
                    .isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            PlanContent content = new PlanContent(organisationName, sector, demo.reductionLead(), demo.contactEmail(),
                    demo.cycleStart().plusDays(14), demo.priorities(), demo.domains());
            PledgePlan plan = new PledgePlan(demo.cycleStart(), content, now, ACTOR);
            em.persist(plan);
            PlanRepository.recordRevision(em, plan, "Cycle started", ACTOR, now);
            if (demo.status() != PlanStatus.DRAFT) {
                plan.submit(now, ACTOR);
                PlanRepository.recordRevision(em, plan, "Submitted to the RRN", ACTOR, now);
            }
            if (demo.status() == PlanStatus.RETURNED) {
                plan.returnWithComments(demo.reviewComments(), now, "rrn.reviewer");
                PlanRepository.recordRevision(em, plan, "Returned with comments", "rrn.reviewer", now);
            }
            if (demo.status() == PlanStatus.PUBLISHED) {
                plan.accept(now, "rrn.reviewer");
                PlanRepository.recordRevision(em, plan, "Accepted and published by the RRN", "rrn.reviewer", now);
                platform.persist(new PublishedPledge(tenant, plan.cycleStart(), plan.content(), now));
            }
            String planId = plan.toView().id();
            outbox.changed(tenant, ItemKind.PLAN, planId);
            for (DemoPlans.DemoAction a : demo.actions() == null ? List.<DemoPlans.DemoAction>of() : demo.actions()) {
                ActionDraft draft = new ActionDraft(a.domain(), a.title(), a.description(), a.owner(), a.dueDate(),
                        a.status(), a.droppedReason(), a.priority() == null ? List.of() : List.of(a.priority()));
                PlanAction action = new PlanAction(planId, draft, a.dueDate(), now, ACTOR);
                em.persist(action);
                outbox.changed(tenant, ItemKind.ACTION, action.id());
                // Unrelated entities are inserted in no guaranteed order: the action first, then its notes.
                em.flush();
                for (DemoPlans.DemoNote note : a.notes() == null ? List.<DemoPlans.DemoNote>of() : a.notes()) {
                    em.persist(new ActionNote(action.id(), note.date(), note.text(), a.owner(), now));
                }
            }
            em.flush();
            return true;
        } finally {
            em.close();
        }
    }
}
