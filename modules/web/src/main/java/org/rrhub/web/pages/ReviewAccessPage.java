package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.web.support.FormDates;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The provider-admin's page of who may review the organisation: grant for a period, revoke. */
@Path("/review-access")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.Names.PROVIDER_ADMIN)
public class ReviewAccessPage {

    @Inject
    ReviewAccess access;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page grants(@QueryParam("done") String done) {
        Map<String, String> values = new HashMap<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        FormDates.write("validFrom", today, values);
        FormDates.write("validUntil", today.plusMonths(3), values);
        return page(values, FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, value) -> typed.put(key, value.isEmpty() ? "" : value.get(0)));
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = readDate("validFrom", typed, errors);
        LocalDate until = readDate("validUntil", typed, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            access.grant(typed.get("reviewer"), from, until, tenantContext.actor());
            return Response.seeOther(URI.create("/review-access?done=granted")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(page(typed, FormErrors.of(invalid), null)).build();
        }
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") String id) {
        access.revoke(id, tenantContext.actor());
        return Response.seeOther(URI.create("/review-access?done=revoked")).build();
    }

    private static LocalDate readDate(String field, Map<String, String> typed, List<FieldError> errors) {
        try {
            return FormDates.read(field, typed, true);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    private Page page(Map<String, String> values, FormErrors errors, String done) {
        return Page.of("review-access", (errors.any() ? "Error: " : "") + "Review access")
                .with("grants", access.grantsOfMyOrganisation()).with("values", values).with("errors", errors)
                .with("done", done);
    }
}
