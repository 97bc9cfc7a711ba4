package org.rrhub.web.edge;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.incidents.api.ExtractRejectedException;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.core.api.NotFoundException;
import org.rrhub.core.api.TenantContext;
import org.rrhub.core.api.ConflictException;
import org.rrhub.pledge.api.FieldChange;
import org.rrhub.pledge.api.PlanConflictException;
import org.rrhub.pledge.api.PlanStateException;
import org.rrhub.web.support.Page;
import org.rrhub.web.support.Problem;
import org.rrhub.web.support.Requests;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that turns failures into answers: problem+json for the API, a page for people. Nothing about the
 * server or the stack is ever shown; unexpected failures are logged with a reference the user can quote.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        boolean api = Requests.isApi(uriInfo);
        if (cause instanceof InvalidInputException invalid) {
            return api ? Problem.invalid(invalid.errors()).toResponse()
                    : page(400, "Check your answers", "The information sent was not valid. " + String.join(" ",
                    invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList()));
        }
        if (cause instanceof ExtractRejectedException rejected) {
            // Pages catch it and show the problems at the upload field; only the API reaches here.
            return Response.status(422).type(Problem.MEDIA).entity(new ExtractProblem("about:blank",
                    "The extract was refused", 422, rejected.problemCount() + " problem(s) found; nothing was stored.",
                    rejected.problemCount(), rejected.problems())).build();
        }
        if (cause instanceof NotFoundException || cause instanceof jakarta.ws.rs.NotFoundException) {
            return api ? Problem.of(Response.Status.NOT_FOUND, "No such item.").toResponse()
                    : page(404, "Page not found", "If you typed the web address, check it is correct.");
        }
        if (cause instanceof TenantContext.NoTenantException) {
            return api ? Problem.of(Response.Status.FORBIDDEN,
                    "Your account is not linked to a provider organisation.").toResponse()
                    : page(403, "You do not have access to this page",
                    "Your account is not linked to a provider organisation.");
        }
        if (cause instanceof ConflictException conflict) {
            // A plan's conflict also says which fields the other person changed.
            List<FieldChange> changes = conflict instanceof PlanConflictException plan ? plan.changes() : List.of();
            return api ? Response.status(409).type(Problem.MEDIA).entity(new ConflictProblem("about:blank",
                            "Conflict", 409, conflict.getMessage() + ". Nothing of your change was saved.",
                            conflict.currentVersion(), changes)).build()
                    : page(409, conflict.getMessage(), "Nothing of your change was saved. Reload the page and make "
                    + "your change again.");
        }
        if (cause instanceof PlanStateException state) {
            return api ? Problem.of(Response.Status.CONFLICT, state.getMessage()).toResponse()
                    : page(409, "This cannot be done now", state.getMessage());
        }
        if (cause instanceof OptimisticLockException) {
            return api ? Problem.of(Response.Status.CONFLICT,
                    "Somebody else changed this item while you were editing it. Reload it and try again.").toResponse()
                    : page(409, "This item was changed by somebody else", "Reload the page and make your change again.");
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException) {
            return api ? Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not JSON of the expected shape.").toResponse()
                    : page(400, "Check your answers", "The information sent was not valid.");
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return api ? new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                    "The request cannot be served as sent.", null).toResponse()
                    : page(status.getStatusCode(), status.getReasonPhrase(), "The request cannot be served as sent.");
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return api ? Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Reference: " + reference).toResponse()
                : page(500, "Sorry, there is a problem with the service",
                "Try again later. If it keeps happening, quote reference " + reference + ".");
    }

    /** A 422 listing every problem of a refused extract by row and column (capped at 1,000; problemCount is all). */
    public record ExtractProblem(String type, String title, int status, String detail, long problemCount,
                                 List<ImportProblem> problems) {
    }

    /** A 409 that tells the caller which version is current and what changed in it. */
    public record ConflictProblem(String type, String title, int status, String detail, long currentVersion,
                                  List<FieldChange> changes) {
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        // CDI and transaction interceptors wrap the domain's exceptions; look through them.
        while ((current instanceof jakarta.transaction.RollbackException
                || current instanceof jakarta.ejb.EJBException
                || current.getClass().getName().startsWith("jakarta.transaction.TransactionalException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Response page(int status, String title, String message) {
        return Response.status(status).type("text/html;charset=UTF-8")
                .entity(Page.of("error", title).with("message", message)).build();
    }
}
