package org.rrhub.web.support;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.FieldError;

import java.util.List;

/** An RFC 9457 problem document; "errors" lists field-level reasons for validation problems. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem("about:blank", "Invalid input", 400,
                "Some fields are missing or not valid; see errors.", errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
