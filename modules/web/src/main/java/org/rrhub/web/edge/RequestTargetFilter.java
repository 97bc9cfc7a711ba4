package org.rrhub.web.edge;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.RequestPaths;
import org.rrhub.web.support.Problem;

import java.io.IOException;
import java.util.Optional;

/**
 * Refuses, before any application code, a request whose address is written in a way none of the product's own
 * links is ({@link RequestPaths#oddSpelling}): path parameters, encoded separators, {@code //}, {@code .} and
 * {@code ..} segments, control characters, broken or over-long UTF-8; and a query parameter with a control character
 * or bytes that are not UTF-8. The answer is a 400 problem+json naming the path or the parameter, whatever the
 * caller asked for. (What the container itself refuses in the path, such as {@code %00}, never gets here: see
 * docs/architecture.md.)
 */
public class RequestTargetFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<FieldError> odd = RequestPaths.oddSpelling(request.getRequestURI())
                .map(reason -> new FieldError("path", reason))
                .or(() -> RequestPaths.oddQuery(request.getQueryString()));
        if (odd.isPresent()) {
            refuse(response, odd.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, FieldError error) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank").add("title", "Bad Request")
                .add("status", 400).add("detail", "The address cannot be served as it is written.")
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("field", error.field()).add("message", error.message())))
                .build().toString());
    }
}
