package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.persistence.api.Multitenancy;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/** The access_change table: one row per person, the latest change only. */
@ApplicationScoped
class AccessChangeStore {

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    Event<AccessChanged> accessChanged;

    @Transactional
    void record(String subject, String username, Instant at, String by) {
        AccessChange known = em.find(AccessChange.class, subject);
        if (known == null) {
            em.persist(new AccessChange(subject, username, at, by));
        } else {
            known.changedAgain(username, at, by);
        }
        accessChanged.fire(new AccessChanged());
    }

    /** Every person's last change, by Keycloak user id: one row per person whose access was ever changed. */
    Map<String, Instant> all() {
        return em.createQuery("select c from AccessChange c", AccessChange.class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(AccessChange::subject, AccessChange::changedAt));
    }
}
