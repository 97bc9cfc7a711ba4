package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.search.api.AccessLog;
import org.rrhub.search.api.IndexedItem;
import org.rrhub.search.api.ItemKind;
import org.rrhub.search.api.Search;
import org.rrhub.search.api.SearchRequest;
import org.rrhub.search.api.SearchResults;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;
import org.rrhub.web.support.SearchForm;

import java.util.Locale;
import java.util.Map;

/**
 * The search page for everyone who searches: provider staff in their own organisation, reviewers in the
 * organisations that grant them review, inspectors across providers (after stating their purpose). A GET form, so
 * results can be bookmarked and work without JavaScript; the scope is never in the URL.
 */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER,
        Role.Names.RRN_REVIEWER, Role.Names.CQC_INSPECTOR})
public class SearchPages {

    @Inject
    Search search;

    @Inject
    AccessLog accessLog;

    @GET
    public Page search(@Context UriInfo uri) {
        SearchForm form = SearchForm.of(uri.getQueryParameters());
        Page page = Page.of("search", "Search").with("form", form).with("purposeRequired", search.purposeRequired())
                .with("errors", FormErrors.none());
        if (!form.submitted()) {
            return page;
        }
        try {
            SearchRequest request = form.toRequest();
            SearchResults results = search.search(request);
            return page.with("results", results).with("title", results.total() + " results")
                    .with("links", form);
        } catch (InvalidInputException invalid) {
            return Page.of("search", "Error: Search").with("form", form)
                    .with("purposeRequired", search.purposeRequired()).with("errors", FormErrors.of(invalid));
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@Context UriInfo uri) {
        return org.rrhub.web.api.GeneratedFile.csv(search.exportCsv(SearchForm.of(uri.getQueryParameters())
                .toRequest()), "search-results.csv");
    }

    @GET
    @Path("items/{tenant}/{kind}/{id}")
    public Response item(@PathParam("tenant") String tenant, @PathParam("kind") String kind,
                         @PathParam("id") String id, @QueryParam("purpose") String purpose,
                         @QueryParam("back") String back) {
        ItemKind itemKind;
        try {
            itemKind = ItemKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Item");
        }
        try {
            IndexedItem item = search.open(tenant, itemKind, id, purpose);
            return Response.ok(Page.of("search-item", item.title()).with("item", item)
                    .with("back", back != null && back.startsWith("/search?") ? back : "/search")).build();
        } catch (InvalidInputException noPurpose) {
            // Opening without a stated purpose: back to the search form, which asks for it.
            return Response.status(400).entity(Page.of("search", "Error: Search").with("form", SearchForm.of(Map.of()))
                    .with("purposeRequired", true).with("errors", FormErrors.of(noPurpose))).build();
        }
    }

    @GET
    @Path("access-log")
    @RolesAllowed(Role.Names.PROVIDER_ADMIN)
    public Page accessLog() {
        return Page.of("search-access-log", "Who searched your organisation's records")
                .with("entries", accessLog.aboutMyOrganisation()).with("intact", accessLog.chainIsIntact());
    }
}
