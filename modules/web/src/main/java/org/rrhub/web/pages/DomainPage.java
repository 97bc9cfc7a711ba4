package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.pledge.api.PlanActions;
import org.rrhub.pledge.api.PledgePlans;
import org.rrhub.tenants.api.People;
import org.rrhub.web.support.Page;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One of the six strategy domains: the template's guidance, the current plan's answers and the domain's actions. */
@Path("/domains/{slug}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class DomainPage {

    @Inject
    PledgePlans plans;

    @Inject
    PlanActions actions;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page domain(@PathParam("slug") String slug) {
        StrategyDomain domain = StrategyDomain.bySlug(slug).orElseThrow(() -> new NotFoundException("Domain"));
        Page page = Page.of("domain", domain.title()).with("domain", domain);
        plans.current().ifPresent(plan -> {
            Map<String, String> names = new HashMap<>();
            people.ofMyOrganisation().forEach(p -> names.put(p.username(), p.displayName()));
            page.with("plan", plan).with("section", plan.content().section(domain))
                    .with("actions", actions.of(plan.id()).stream().filter(a -> a.domain() == domain).toList())
                    .with("people", names)
                    .with("canEdit", tenantContext.caller().orElseThrow()
                            .hasAnyRole(Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR)));
        });
        return page;
    }
}
