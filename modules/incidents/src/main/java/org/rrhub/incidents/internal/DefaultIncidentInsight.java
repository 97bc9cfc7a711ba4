package org.rrhub.incidents.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rrhub.audit.api.AuditAction;
import org.rrhub.audit.api.AuditLog;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.TenantId;
import org.rrhub.incidents.api.Benchmark;
import org.rrhub.incidents.api.BenchmarkView;
import org.rrhub.incidents.api.IncidentInsight;
import org.rrhub.incidents.api.Insight;
import org.rrhub.incidents.api.InsightFilter;
import org.rrhub.incidents.api.Quartiles;
import org.rrhub.persistence.api.TenantEntityManagers;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantRegistry;
import org.rrhub.tenants.api.TenantSummary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The provider's insight, read through an EntityManager bound to the provider (its own, or one a reviewer's current
 * grant opens), and the sector benchmark built from consenting providers' overall rates, of which only the quartiles
 * leave this class.
 */
@ApplicationScoped
@Transactional
class DefaultIncidentInsight implements IncidentInsight {

    @Inject
    TenantContext tenantContext;

    @Inject
    TenantEntityManagers entityManagers;

    @Inject
    TenantRegistry registry;

    @Inject
    ReviewAccess reviewAccess;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Insight insight(InsightFilter filter) {
        return insightOf(tenantContext.requireTenant(), filter);
    }

    @Override
    public Insight insightForReviewer(String tenant, String reviewer, InsightFilter filter) {
        return insightOf(reviewedProvider(tenant, reviewer), filter);
    }

    @Override
    public TenantId reviewedProvider(String tenant, String reviewer) {
        return reviewAccess.requireCurrentGrant(tenant, reviewer);
    }

    private Insight insightOf(TenantId tenant, InsightFilter filter) {
        ProviderFigures own = entityManagers.call(tenant, em -> ProviderFigures.read(em, filter));
        return own.toInsight(filter, benchmark(tenant, own, filter));
    }

    @Override
    public boolean sharesForBenchmark() {
        return consent(tenantContext.requireTenant()).map(BenchmarkConsent::consented).orElse(false);
    }

    @Override
    public void shareForBenchmark(boolean share, String actor) {
        TenantId tenant = tenantContext.requireTenant();
        entityManagers.call(tenant, em -> {
            BenchmarkConsent consent = em.find(BenchmarkConsent.class, tenant.value());
            if (consent == null) {
                em.persist(new BenchmarkConsent(tenant.value(), share, actor, clock.instant()));
            } else {
                consent.decide(share, actor, clock.instant());
            }
            return null;
        });
        audit.record(actor, tenant, AuditAction.BENCHMARK_SHARING_CHANGED, share ? "shares" : "does not share");
    }

    private Optional<BenchmarkConsent> consent(TenantId tenant) {
        return Optional.ofNullable(entityManagers.call(tenant, em -> em.find(BenchmarkConsent.class, tenant.value())));
    }

    /**
     * Peers are the active providers of the same sector that share their figures; the provider must share too
     * (whoever compares is compared). Below {@link Quartiles#MINIMUM_GROUP} rates there is no benchmark at all.
     */
    private BenchmarkView benchmark(TenantId tenant, ProviderFigures own, InsightFilter filter) {
        Sector sector = registry.find(tenant).map(TenantSummary::sector).orElse(null);
        String sectorLabel = sector == null ? "No sector" : sector.label();
        boolean consented = consent(tenant).map(BenchmarkConsent::consented).orElse(false);
        Double ownRate = own.overallRate();
        if (!consented) {
            return new BenchmarkView(sectorLabel, false, ownRate, null, 0, 0, own.hasGaps(),
                    "Your organisation does not share its anonymised rates, so it is not compared. An admin can "
                            + "choose to share them below; only quartiles of the sector are ever shown.");
        }
        InsightFilter wholeProvider = new InsightFilter(filter.from(), filter.to(), null, filter.type());
        // Every decision is read and filtered here: one row per provider, and no boolean test for H2 to refuse.
        List<String> sharing = entityManagers.call(tenant, em -> em.createQuery(
                "select c from BenchmarkConsent c", BenchmarkConsent.class).getResultStream()
                .filter(BenchmarkConsent::consented).map(BenchmarkConsent::tenantId).toList());
        List<Double> rates = new ArrayList<>();
        int withGaps = 0;
        for (TenantSummary peer : registry.list()) {
            if (peer.isActive() && peer.sector() == sector && sharing.contains(peer.id().value())) {
                ProviderFigures figures = peer.id().equals(tenant) ? own
                        : entityManagers.call(peer.id(), em -> ProviderFigures.readOverall(em, wholeProvider));
                if (figures.overallRate() != null) {
                    rates.add(figures.overallRate());
                    withGaps += figures.hasGaps() ? 1 : 0;
                }
            }
        }
        Benchmark benchmark = ownRate == null ? null : Benchmark.of(rates, ownRate).orElse(null);
        String whyNone = benchmark != null ? null : ownRate == null
                ? "There is no rate to compare: upload occupied bed days for the period."
                : "Fewer than " + Quartiles.MINIMUM_GROUP + " providers in your sector share rates for this period, so "
                + "no benchmark is shown: with so few, one provider's figures could be worked out.";
        return new BenchmarkView(sectorLabel, true, ownRate, benchmark, benchmark == null ? 0 : rates.size(),
                benchmark == null ? 0 : withGaps, own.hasGaps(), whyNone);
    }
}
