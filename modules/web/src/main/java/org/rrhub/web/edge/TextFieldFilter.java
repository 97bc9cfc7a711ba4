package org.rrhub.web.edge;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.web.support.ControlCharacters;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.Page;
import org.rrhub.web.support.Problem;
import org.rrhub.web.support.Requests;
import org.rrhub.web.support.TextFields;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses control characters (other than tab and line breaks, see {@link ControlCharacters}) in every text field of
 * a JSON body or a URL-encoded form, before any resource sees the body, so no resource has to remember to.
 *
 * <p>The API answers 400 problem+json naming each field (its path in the JSON document). A page form is shown again
 * with the message by the field: the request goes on as a GET of the same address, which renders the form page
 * with nothing changed, and the response is given the refused values (without the characters, which a page cannot
 * hold) and the field errors, with status 400. It runs before matching because only then can the method change; a
 * GET changes nothing, so skipping the CSRF check on it is safe. When the address has no form page (no GET, or a
 * page that shows no field errors), a page listing the errors answers instead.
 *
 * <p>Multipart bodies are read by {@link org.rrhub.web.support.MultipartForm}, which applies the same rule to their
 * text fields; the files they carry are not text fields.
 */
@Provider
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class TextFieldFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String REFUSED_FORM = TextFieldFilter.class.getName() + ".refusedForm";
    private static final int MAX_CHECKED_BYTES = 16 * 1024 * 1024;

    private record RefusedForm(Map<String, String> values, List<FieldError> errors) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !WITH_BODY.contains(request.getMethod())) {
            return;
        }
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        boolean form = type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (!json && !form) {
            return;
        }
        byte[] body = body(request);
        if (body == null) {
            return;
        }
        boolean api = Requests.isApi(request.getUriInfo());
        if (json) {
            List<String> refused = TextFields.refusedInJson(body);
            if (!refused.isEmpty()) {
                refuse(request, api, errors(refused), null);
            }
            return;
        }
        TextFields.Form fields = TextFields.form(body);
        if (fields != null && !fields.refused().isEmpty()) {
            Map<String, String> shown = new HashMap<>();
            fields.values().forEach((name, value) -> shown.put(ControlCharacters.removedFrom(name),
                    ControlCharacters.removedFrom(value)));
            refuse(request, api, errors(fields.refused()), shown);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(REFUSED_FORM) instanceof RefusedForm refused)) {
            return;
        }
        FormErrors errors = FormErrors.of(new InvalidInputException(refused.errors()));
        if (response.getStatus() == 200 && response.getEntity() instanceof Page page
                && page.model().containsKey("errors")) {
            Map<String, Object> values = new HashMap<>();
            if (page.model().get("values") instanceof Map<?, ?> shownBefore) {
                shownBefore.forEach((k, v) -> values.put(String.valueOf(k), v));
            }
            values.putAll(refused.values());
            response.setEntity(page.titled(page.title().startsWith("Error: ") ? page.title()
                    : "Error: " + page.title()).with("values", values).with("errors", errors));
        } else {
            response.setEntity(Page.of("error", "Check your answers").with("message", summary(refused.errors())),
                    new java.lang.annotation.Annotation[0], MediaType.TEXT_HTML_TYPE);
        }
        response.setStatus(400);
    }

    private static void refuse(ContainerRequestContext request, boolean api, List<FieldError> errors,
                               Map<String, String> shown) {
        if (api) {
            request.abortWith(Problem.invalid(errors).toResponse());
            return;
        }
        if (shown == null) {
            request.abortWith(jakarta.ws.rs.core.Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Page.of("error", "Check your answers").with("message", summary(errors))).build());
            return;
        }
        request.setProperty(REFUSED_FORM, new RefusedForm(shown, errors));
        request.setMethod("GET");
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
    }

    private static List<FieldError> errors(List<String> fields) {
        return fields.stream().map(field -> new FieldError(field, ControlCharacters.MESSAGE)).toList();
    }

    private static String summary(List<FieldError> errors) {
        return String.join(" ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }

    /** The body, put back for the resource; null when it is too large to check here (the readers limit it). */
    private static byte[] body(ContainerRequestContext request) {
        try {
            InputStream sent = request.getEntityStream();
            byte[] body = sent.readNBytes(MAX_CHECKED_BYTES + 1);
            if (body.length > MAX_CHECKED_BYTES) {
                request.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(body), sent));
                return null;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
