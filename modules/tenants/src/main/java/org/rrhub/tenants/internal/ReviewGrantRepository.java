package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rrhub.persistence.api.Multitenancy;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
class ReviewGrantRepository {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    /** The reviewer's grants neither revoked nor ended before {@code day}, current or still to start, by provider. */
    List<HeldGrant> unrevokedOf(String reviewer, LocalDate day) {
        return em.createQuery("select g from ReviewGrant g where g.reviewer = :reviewer and g.revokedAt is null "
                        + "and g.validUntil >= :day order by g.tenantId", ReviewGrant.class)
                .setParameter("reviewer", reviewer).setParameter("day", day)
                .getResultStream().map(ReviewGrant::held).toList();
    }
}
