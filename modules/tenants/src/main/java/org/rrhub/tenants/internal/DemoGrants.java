package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The review grants of a demo tenant's file, so the demo reviewers find organisations to review. Written without a
 * request (no tenant context) for the tenant named; a reviewer who holds or held any grant of that tenant is left as
 * they are, so a second run changes nothing and a revocation made in the demo stays.
 */
@ApplicationScoped
class DemoGrants {

    private static final String ACTOR = "demo-provisioning";

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    Event<GrantsChanged> grantsChanged;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    /** @return false when the reviewer already has (or had) a grant of the tenant */
    @Transactional
    boolean grantIfAbsent(TenantId tenant, String reviewer, int months) {
        boolean held = !em.createQuery("select g.id from ReviewGrant g where g.tenantId = :tenant "
                        + "and g.reviewer = :reviewer", String.class)
                .setParameter("tenant", tenant.value()).setParameter("reviewer", reviewer).setMaxResults(1)
                .getResultList().isEmpty();
        if (held) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        // The grant rules allow two years at most (DefaultReviewAccess).
        LocalDate until = today.plusMonths(Math.max(1, Math.min(months, 24))).minusDays(1);
        em.persist(new ReviewGrant(tenant, reviewer, today, until, ACTOR, clock.instant()));
        grantsChanged.fire(new GrantsChanged());
        audit.record(ACTOR, tenant, AuditAction.REVIEW_GRANTED, reviewer + " from " + today + " until " + until);
        return true;
    }
}
