package org.rrhub.web.edge;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.rrhub.web.support.CsrfTokens;
import org.rrhub.web.support.Page;
import org.rrhub.web.support.Requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Every state-changing page request must carry the session's CSRF token (form field, or query parameter for
 * non-form bodies). The API is exempt: it is authenticated by bearer tokens only, never by cookies.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CsrfFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final int MAX_FORM_BYTES = 1 << 20;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || Requests.isApi(servletRequest)) {
            return;
        }
        String presented = request.getUriInfo().getQueryParameters().getFirst(CsrfTokens.FIELD);
        if (request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            presented = fromForm(request);
        }
        if (!CsrfTokens.matches(servletRequest, presented)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type("text/html;charset=UTF-8")
                    .entity(Page.of("expired-form", "This form has expired")).build());
        }
    }

    /** Reads the token from the form body and puts the body back for the resource method. */
    private static String fromForm(ContainerRequestContext request) {
        try {
            byte[] body = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
            if (body.length > MAX_FORM_BYTES) {
                return null;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && CsrfTokens.FIELD.equals(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8))) {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException malformedEncoding) {
            return null;
        }
    }
}
