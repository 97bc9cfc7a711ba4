package org.rrhub.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.documents.api.Upload;
import org.rrhub.web.support.JsonBodyProblems;
import org.rrhub.web.support.MultipartForm;

import java.net.URI;
import java.util.List;

/** The organisation's document library: board strategy, policies and evidence, each with its versions. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
@Tag(name = "Documents", description = "Board strategy, policy library and evidence store")
public class ApiDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    DocumentLibrary library;

    @Inject
    TenantContext tenantContext;

    public record DetailsChangeJson(Long version, DocumentDetails details) {
    }

    @GET
    @Operation(summary = "Every document, by title, with its versions")
    public List<DocumentView> list() {
        return library.all();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Upload a document: a `details` part (JSON) and a `file` part")
    @APIResponse(responseCode = "201", description = "Stored, with its text extracted where possible")
    @APIResponse(responseCode = "400", description = "Bad details, too big, a type not accepted, or a zip bomb")
    public Response create(List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        DocumentDetails details = details(form.field("details"));
        DocumentView created = library.create(details, upload(form), tenantContext.actor());
        return Response.created(URI.create("/api/v1/documents/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One document")
    @APIResponse(responseCode = "404", description = "No such document in the caller's organisation")
    public DocumentView get(@PathParam("id") String id) {
        return library.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Change the document's details")
    @APIResponse(responseCode = "409", description = "Changed by somebody else since `version`")
    public DocumentView describe(@PathParam("id") String id, DetailsChangeJson body) {
        if (body == null || body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the document your change is based on");
        }
        if (body.details() == null) {
            throw InvalidInputException.of("details", "Send the document's details");
        }
        return library.describe(id, body.version(), body.details(), tenantContext.actor());
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Upload a new version (`file` part, optional `versionLabel` part); it becomes current")
    public DocumentView addVersion(@PathParam("id") String id, List<EntityPart> parts) {
        MultipartForm form = MultipartForm.of(parts);
        return library.addVersion(id, form.field("versionLabel"), upload(form), tenantContext.actor());
    }

    @PUT
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    @Operation(summary = "Record the board's approval of a strategy or policy")
    public DocumentView approve(@PathParam("id") String id, Approval approval) {
        return library.recordApproval(id, approval, tenantContext.actor());
    }

    @GET
    @Path("{id}/versions/{versionId}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a version's file (always as an attachment)")
    public Response download(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        return FileDownload.of(library.download(id, versionId));
    }

    private static DocumentDetails details(String json) {
        if (json.isBlank()) {
            throw InvalidInputException.of("details", "Send the document's details as a JSON part named details");
        }
        try {
            return JSON.fromJson(json, DocumentDetails.class);
        } catch (JsonbException e) {
            throw new InvalidInputException(JsonBodyProblems.of(json, DocumentDetails.class, "details"));
        }
    }

    private static Upload upload(MultipartForm form) {
        return form.file("file").map(in -> new Upload(form.fileName("file").orElse("document"), in)).orElse(null);
    }
}
