package org.rrhub.tenants.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.persistence.api.Multitenancy;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.IdentityProvisioning;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Grants live in a platform-owned table, so every query here names the tenant (the provider's side, from the
 * request's TenantContext) or the reviewer (the reviewer's side, from the verified caller), never a parameter.
 */
@ApplicationScoped
@Transactional
class DefaultReviewAccess implements ReviewAccess {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = Multitenancy.PERSISTENCE_UNIT)
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantDirectory tenants;

    @Inject
    GrantDirectory grants;

    @Inject
    Event<GrantsChanged> grantsChanged;

    @Inject
    IdentityProvisioning identity;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.system(UK);

    @Override
    public List<GrantView> grantsOfMyOrganisation() {
        TenantId tenant = tenantContext.requireTenant();
        String name = tenants.find(tenant).map(TenantSummary::name).orElse("");
        return em.createQuery("select g from ReviewGrant g where g.tenantId = :tenant order by g.grantedAt desc",
                        ReviewGrant.class)
                .setParameter("tenant", tenant.value()).getResultStream()
                .map(g -> g.toView(name, today())).toList();
    }

    @Override
    public GrantView grant(String reviewer, LocalDate validFrom, LocalDate validUntil, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String who = reviewer == null ? "" : reviewer.strip();
        if (who.isEmpty()) {
            errors.add(new FieldError("reviewer", "Enter the reviewer's username"));
        } else if (who.length() > 255 || identity.findUser(who).isEmpty()) {
            errors.add(new FieldError("reviewer", "There is no reviewer with this username"));
        }
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "Enter the date access starts"));
        }
        if (validUntil == null) {
            errors.add(new FieldError("validUntil", "Enter the date access ends"));
        } else if (validFrom != null && validUntil.isBefore(validFrom)) {
            errors.add(new FieldError("validUntil", "Access must end on or after the day it starts"));
        } else if (validFrom != null && validUntil.isAfter(validFrom.plusYears(2))) {
            errors.add(new FieldError("validUntil", "Access can be granted for two years at most"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TenantId tenant = tenantContext.requireTenant();
        ReviewGrant grant = new ReviewGrant(tenant, who, validFrom, validUntil, actor, clock.instant());
        em.persist(grant);
        grantsChanged.fire(new GrantsChanged());
        audit.record(actor, tenant, AuditAction.REVIEW_GRANTED, who + " from " + validFrom + " until " + validUntil);
        return grant.toView(tenants.find(tenant).map(TenantSummary::name).orElse(""), today());
    }

    @Override
    public void revoke(String grantId, String actor) {
        TenantId tenant = tenantContext.requireTenant();
        ReviewGrant grant = grantId == null || grantId.length() > 36 ? null : em.find(ReviewGrant.class, grantId);
        if (grant == null || !grant.belongsTo(tenant)) {
            throw new NotFoundException("Grant");
        }
        grant.revoke(actor, clock.instant());
        grantsChanged.fire(new GrantsChanged());
        audit.record(actor, tenant, AuditAction.REVIEW_REVOKED, grantId);
    }

    /** Read on every search and every reviewer's request: from the {@link GrantDirectory}, not a query each time. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GrantView> currentGrantsFor(String reviewer) {
        LocalDate today = today();
        return grants.unrevokedOf(reviewer, today).stream().filter(g -> g.isCurrent(today))
                .flatMap(g -> tenants.find(g.tenant()).filter(TenantSummary::isActive)
                        .map(provider -> g.toView(provider.name(), today)).stream())
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantId requireCurrentGrant(String tenant, String reviewer) {
        if (!TenantId.isValid(tenant)) {
            throw new NotFoundException("Organisation");
        }
        return currentGrantsFor(reviewer).stream().map(GrantView::tenant)
                .filter(tenant::equals).map(TenantId::of).findFirst()
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
