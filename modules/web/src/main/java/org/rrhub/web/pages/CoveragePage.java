package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.CoverageItem;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.documents.api.PolicyCoverage;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The Appendix 1 policy checklist: coverage at a glance, and an answer per title. */
@Path("/documents/coverage")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class CoveragePage {

    private static final Set<DocumentKind> COVERING = Set.of(DocumentKind.POLICY, DocumentKind.BOARD_STRATEGY,
            DocumentKind.PROCEDURE);

    @Inject
    PolicyCoverage coverage;

    @Inject
    DocumentLibrary library;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page checklist() {
        return page(FormErrors.none(), 0, "");
    }

    @POST
    @Path("{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response answer(@PathParam("number") int number, @FormParam("answer") String answer,
                           @FormParam("documentId") String documentId, @FormParam("rationale") String rationale) {
        try {
            if ("not-applicable".equals(answer)) {
                coverage.markNotApplicable(number, rationale, tenantContext.actor());
            } else if ("clear".equals(answer)) {
                coverage.clear(number, tenantContext.actor());
            } else {
                coverage.coverBy(number, documentId, tenantContext.actor());
            }
            return Response.seeOther(URI.create("/documents/coverage#item-" + number)).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(FormErrors.of(invalid), number, rationale)).build();
        }
    }

    private Page page(FormErrors errors, int failed, String rationale) {
        List<CoverageItem> items = coverage.checklist();
        return Page.of("coverage", (errors.any() ? "Error: " : "") + "Policy coverage")
                .with("items", items).with("errors", errors).with("failed", failed).with("rationale", rationale)
                .with("covered", items.stream().filter(CoverageItem::covered).count())
                .with("notApplicable", items.stream().filter(CoverageItem::notApplicable).count())
                .with("open", items.stream().filter(CoverageItem::open).count())
                .with("policies", library.all().stream().filter(d -> COVERING.contains(d.details().kind())).toList())
                .with("canEdit", tenantContext.caller().orElseThrow()
                        .hasAnyRole(Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR)));
    }
}
