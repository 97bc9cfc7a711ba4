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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.compliance.api.AnswerView;
import org.rrhub.compliance.api.Assessment;
import org.rrhub.compliance.api.FindingView;
import org.rrhub.compliance.api.Framework;
import org.rrhub.compliance.api.Frameworks;
import org.rrhub.compliance.api.PeerReviews;
import org.rrhub.compliance.api.ReviewView;
import org.rrhub.compliance.api.Statement;
import org.rrhub.compliance.api.Verdict;
import org.rrhub.core.api.ConflictException;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.tenants.api.GrantView;
import org.rrhub.tenants.api.ReviewAccess;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reviewer's pages for a peer review of a provider's self-assessment: the assessment with the findings so far,
 * a finding per statement, the summary, sharing and closing. RRN reviewers and peers of other providers alike.
 */
@Path("/reviews/{tenant}/assessment-reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.RRN_REVIEWER, Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR,
        Role.Names.PROVIDER_VIEWER})
public class PeerReviewPages {

    @Inject
    PeerReviews reviews;

    @Inject
    ReviewAccess access;

    @Inject
    Frameworks frameworks;

    @Inject
    TenantContext tenantContext;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("tenant") String tenant, @FormParam("frameworkId") String frameworkId,
                          @FormParam("year") String year) {
        Integer parsed = FormErrors.parseInt(year, "year");
        ReviewView review = reviews.start(tenant, frameworkId == null ? "" : frameworkId,
                parsed == null ? 0 : parsed, actor());
        return Response.seeOther(URI.create(base(tenant) + "/" + review.id())).build();
    }

    @GET
    @Path("{id}")
    public Page review(@PathParam("tenant") String tenant, @PathParam("id") String id,
                       @QueryParam("done") String done) {
        return reviewPage(tenant, reviews.review(tenant, id, actor()), null, FormErrors.none(), done);
    }

    @POST
    @Path("{id}/summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response summarise(@PathParam("tenant") String tenant, @PathParam("id") String id,
                              @FormParam("version") String version, @FormParam("summary") String summary) {
        try {
            reviews.summarise(tenant, id, PlanPages.version(version), summary, actor());
            return Response.seeOther(URI.create(base(tenant) + "/" + id + "?done=summary")).build();
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(tenant, id, summary, refused);
        }
    }

    @POST
    @Path("{id}/sharing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("tenant") String tenant, @PathParam("id") String id,
                          @FormParam("version") String version) {
        try {
            reviews.share(tenant, id, PlanPages.version(version), actor());
            return Response.seeOther(URI.create(base(tenant) + "/" + id + "?done=shared")).build();
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(tenant, id, null, refused);
        }
    }

    @POST
    @Path("{id}/closing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("tenant") String tenant, @PathParam("id") String id,
                          @FormParam("version") String version) {
        try {
            reviews.close(tenant, id, PlanPages.version(version), actor());
            return Response.seeOther(URI.create(base(tenant) + "/" + id + "?done=closed")).build();
        } catch (InvalidInputException | ConflictException refused) {
            return refusedPage(tenant, id, null, refused);
        }
    }

    @GET
    @Path("{id}/statements/{statement}")
    public Page finding(@PathParam("tenant") String tenant, @PathParam("id") String id,
                        @PathParam("statement") String statementId) {
        ReviewView review = reviews.review(tenant, id, actor());
        FindingView finding = review.findings().stream().filter(f -> f.statementId().equals(statementId))
                .findFirst().orElse(null);
        Map<String, String> values = new HashMap<>();
        if (finding != null) {
            values.put("verdict", finding.verdict().name());
            values.put("comment", finding.comment());
        }
        return findingPage(tenant, review, statementId, values, FormErrors.none());
    }

    @POST
    @Path("{id}/statements/{statement}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordFinding(@PathParam("tenant") String tenant, @PathParam("id") String id,
                                  @PathParam("statement") String statementId, @FormParam("verdict") String verdict,
                                  @FormParam("comment") String comment) {
        try {
            reviews.recordFinding(tenant, id, statementId, parse(verdict), comment, actor());
            return Response.seeOther(URI.create(base(tenant) + "/" + id + "?done=finding")).build();
        } catch (InvalidInputException invalid) {
            Map<String, String> values = new HashMap<>();
            values.put("verdict", verdict == null ? "" : verdict);
            values.put("comment", comment == null ? "" : comment);
            return Response.status(400).entity(findingPage(tenant, reviews.review(tenant, id, actor()), statementId,
                    values, FormErrors.of(invalid))).build();
        }
    }

    private Response refusedPage(String tenant, String id, String summary, RuntimeException refused) {
        ReviewView review = reviews.review(tenant, id, actor());
        FormErrors errors = refused instanceof InvalidInputException invalid ? FormErrors.of(invalid)
                : FormErrors.of(InvalidInputException.of("summary", refused.getMessage()
                + ". The review as it is now is shown; make your change again."));
        int status = refused instanceof ConflictException ? 409 : 400;
        return Response.status(status).entity(reviewPage(tenant, review, summary, errors, null)).build();
    }

    private Page reviewPage(String tenant, ReviewView review, String typedSummary, FormErrors errors, String done) {
        GrantView grant = grant(tenant);
        Framework framework = framework(review.frameworkId());
        Assessment assessment = reviews.assessmentOf(tenant, review.frameworkId(), review.year(), actor());
        return Page.of("review-assessment", (errors.any() ? "Error: " : "") + "Review of the " + review.year()
                        + " self-assessment of " + grant.tenantName())
                .with("grant", grant).with("review", review).with("framework", framework)
                .with("answers", assessment.answers().stream()
                        .collect(Collectors.toMap(AnswerView::statementId, Function.identity())))
                .with("findings", review.findings().stream()
                        .collect(Collectors.toMap(FindingView::statementId, Function.identity())))
                .with("bySection", assessment.bySection())
                .with("summary", typedSummary != null ? typedSummary : review.summary())
                .with("errors", errors).with("done", done).with("base", base(tenant) + "/" + review.id());
    }

    private Page findingPage(String tenant, ReviewView review, String statementId, Map<String, String> values,
                             FormErrors errors) {
        GrantView grant = grant(tenant);
        Framework framework = framework(review.frameworkId());
        Statement statement = framework.statement(statementId).orElseThrow(() -> new NotFoundException("Statement"));
        AnswerView answer = reviews.assessmentOf(tenant, review.frameworkId(), review.year(), actor()).answers()
                .stream().filter(a -> a.statementId().equals(statementId)).findFirst().orElse(null);
        return Page.of("review-finding", (errors.any() ? "Error: " : "") + "Finding on statement " + statementId)
                .with("grant", grant).with("review", review).with("statement", statement)
                .with("subsection", framework.subsectionOf(statementId).orElseThrow()).with("answer", answer)
                .with("values", values).with("errors", errors).with("verdicts", Verdict.values())
                .with("base", base(tenant) + "/" + review.id());
    }

    private GrantView grant(String tenant) {
        return access.currentGrantsFor(actor()).stream().filter(g -> g.tenant().equals(tenant)).findFirst()
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private Framework framework(String id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("Framework"));
    }

    private String actor() {
        return tenantContext.actor();
    }

    private static String base(String tenant) {
        return "/reviews/" + tenant + "/assessment-reviews";
    }

    private static Verdict parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Verdict.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
