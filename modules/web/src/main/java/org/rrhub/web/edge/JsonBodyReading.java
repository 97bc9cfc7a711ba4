package org.rrhub.web.edge;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.web.support.JsonBodyProblems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Every JSON request body is bound here first: when JSON-B cannot bind it, the caller is told which field is wrong
 * and what was expected (a 400 naming the field, through {@link ErrorMapper}), rather than that the body is "not of
 * the expected shape".
 */
@Provider
public class JsonBodyReading implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        // Kept, so a failed body can be walked field by field; bodies that bind cost one copy.
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (NoContentException e) {
            throw refused(body, context);
        } catch (WebApplicationException e) {
            // A 400 is JAX-RS's answer to an empty body (NoContentException) and to some parse errors.
            if (e.getResponse().getStatus() != 400) {
                throw e;
            }
            throw refused(body, context);
        } catch (RuntimeException e) {
            // JsonbException, JsonException, ProcessingException, and what a record's constructor or the parser's
            // nesting limit throws: whatever fails while this body is bound, the body is why.
            throw refused(body, context);
        }
    }

    private static InvalidInputException refused(byte[] body, ReaderInterceptorContext context) {
        return new InvalidInputException(JsonBodyProblems.of(new String(body, StandardCharsets.UTF_8),
                context.getGenericType(), ""));
    }
}
