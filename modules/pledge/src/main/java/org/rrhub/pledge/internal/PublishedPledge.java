package org.rrhub.pledge.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.rrhub.core.api.TenantId;
import org.rrhub.pledge.api.PlanContent;
import org.rrhub.pledge.api.Priority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public projection of a provider's latest accepted plan. Platform-owned and public by design: it holds only
 * the organisation's name, sector and top three priorities, copied at acceptance.
 */
@Entity
@Table(name = "published_pledge")
class PublishedPledge {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Id
    @Column(name = "tenant_id", length = 63)
    private String tenantId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Column(name = "sector", nullable = false, length = 120)
    private String sector;

    @Column(name = "cycle_start", nullable = false)
    private LocalDate cycleStart;

    @Column(name = "priorities", nullable = false, length = 8000)
    private String priorities;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedPledge() {
    }

    PublishedPledge(TenantId tenant, LocalDate cycleStart, PlanContent content, Instant publishedAt) {
        this.tenantId = tenant.value();
        this.publishedAt = publishedAt;
        republish(cycleStart, content, publishedAt);
    }

    void republish(LocalDate cycleStart, PlanContent content, Instant publishedAt) {
        this.organisationName = content.organisationName();
        this.sector = content.sector();
        this.cycleStart = cycleStart;
        // Copy field by field: nothing but the priorities and their measures leaves the plan.
        List<Priority> copy = new ArrayList<>();
        content.priorities().forEach(p -> copy.add(new Priority(p.priority(), p.measureOfSuccess())));
        this.priorities = JSONB.toJson(copy);
        this.publishedAt = publishedAt;
    }

    String tenantId() {
        return tenantId;
    }

    org.rrhub.pledge.api.PublishedPledge toView() {
        Priority[] list = JSONB.fromJson(priorities, Priority[].class);
        return new org.rrhub.pledge.api.PublishedPledge(organisationName, sector, cycleStart, List.of(list),
                publishedAt);
    }
}
