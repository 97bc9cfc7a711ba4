package org.rrhub.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.rrhub.keycloak.api.SignOut;

/** Sign-out is a POST (with the CSRF token) so that no link or image can sign somebody out. */
@Path("/logout")
@PermitAll
public class SignOutResource {

    @Inject
    SignOut signOut;

    @Context
    HttpServletRequest request;

    @POST
    public Response signOut() {
        return Response.seeOther(signOut.signOut(request)).build();
    }
}
