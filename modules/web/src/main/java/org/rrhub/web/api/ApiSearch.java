package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantId;
import org.rrhub.search.api.AccessEntry;
import org.rrhub.search.api.AccessLog;
import org.rrhub.search.api.IndexedItem;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.Search;
import org.rrhub.search.api.SearchIndexAdmin;
import org.rrhub.search.api.SearchResults;
import org.rrhub.web.support.SearchForm;

import java.util.List;
import java.util.Locale;

/**
 * Search over the records the caller may read: the same scope, facets and audit as the search page. Parameters:
 * q, purpose, tenant, kind, sector, documentKind, domain, section, status, from, to, page (from 1), sort=date.
 */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER,
        Role.Names.RRN_REVIEWER, Role.Names.CQC_INSPECTOR})
@Tag(name = "Search", description = "Full-text search, scoped to what the caller may read, audited for inspectors")
public class ApiSearch {

    @Inject
    Search search;

    @Inject
    AccessLog accessLog;

    @Inject
    SearchIndexAdmin admin;

    @GET
    @Operation(summary = "Search: results with highlighted snippets and facet counts, 20 per page")
    public SearchResults search(@Context UriInfo uri) {
        SearchForm form = SearchForm.of(uri.getQueryParameters());
        return search.search(form.toRequest());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The result list as CSV (the best 1,000), with the same parameters, scope and audit")
    public Response export(@Context UriInfo uri) {
        return GeneratedFile.csv(search.exportCsv(SearchForm.of(uri.getQueryParameters()).toRequest()),
                "search-results.csv");
    }

    @POST
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "The same search with the parameters as a form, for queries too long for a URL")
    public SearchResults searchPosted(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        return search.search(SearchForm.of(form).toRequest());
    }

    @GET
    @Path("items/{tenant}/{kind}/{id}")
    @Operation(summary = "The indexed copy of one record in the caller's scope (opening is logged for inspectors)")
    public IndexedItem item(@PathParam("tenant") String tenant, @PathParam("kind") String kind,
                            @PathParam("id") String id, @QueryParam("purpose") String purpose) {
        try {
            return search.open(tenant, ItemKind.valueOf(kind.toUpperCase(Locale.ROOT)), id, purpose);
        } catch (IllegalArgumentException unknownKind) {
            throw new NotFoundException("Item");
        }
    }

    @GET
    @Path("access-log")
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    @Operation(summary = "Searches and opened records by inspectors and reviewers that touched the organisation")
    public List<AccessEntry> accessLog() {
        return accessLog.aboutMyOrganisation();
    }

    @GET
    @Path("index")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "The index's state: documents, pending changes, a rebuild's progress")
    public SearchIndexAdmin.RebuildProgress index() {
        return admin.progress();
    }

    @POST
    @Path("index/rebuild")
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Rebuild the index of one organisation (?tenant=) or of all, from the database")
    public Response rebuild(@QueryParam("tenant") String tenant) {
        if (tenant != null && !TenantId.isValid(tenant)) {
            throw new NotFoundException("Organisation");
        }
        admin.rebuild(tenant == null ? null : TenantId.of(tenant));
        return Response.accepted(admin.progress()).build();
    }
}
