package org.rrhub.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.rrhub.web.support.Page;

import java.util.Map;

/** The start page: what the service is, and the way in. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private static final Map<String, String> SIGN_IN_PROBLEMS = Map.of(
            "expired", "Your sign-in took too long or was started in another tab. Please sign in again.",
            "refused", "Sign-in was cancelled.",
            "failed", "Sign-in could not be completed. Please try again.",
            "unavailable", "The sign-in service is not available at the moment. Please try again shortly.");

    @GET
    public Page home(@QueryParam("signin") String signInProblem) {
        return Page.of("home", "Restraint Reduction Hub")
                .with("signInProblem", signInProblem == null ? null : SIGN_IN_PROBLEMS.get(signInProblem));
    }
}
