package org.rrhub.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.rrhub.core.api.FieldError;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantContext;
import org.rrhub.documents.api.Approval;
import org.rrhub.core.api.ConflictException;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentLibrary;
import org.rrhub.documents.api.DocumentStatus;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.documents.api.Upload;
import org.rrhub.tenants.api.People;
import org.rrhub.web.api.FileDownload;
import org.rrhub.web.support.FormDates;
import org.rrhub.web.support.FormErrors;
import org.rrhub.web.support.MultipartForm;
import org.rrhub.web.support.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The document library's pages: the list, upload, a document with its versions and approval, its details form. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR, Role.Names.PROVIDER_VIEWER})
public class DocumentPages {

    @Inject
    DocumentLibrary library;

    @Inject
    People people;

    @Inject
    TenantContext tenantContext;

    @GET
    public Page list(@QueryParam("kind") String kind) {
        DocumentKind filter = parse(DocumentKind.class, kind);
        List<DocumentView> all = library.all().stream()
                .filter(d -> filter == null || d.details().kind() == filter).toList();
        return Page.of("documents", "Documents").with("documents", all).with("kinds", DocumentKind.values())
                .with("kind", filter).with("canEdit", canEdit());
    }

    @GET
    @Path("new")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page newDocument() {
        Map<String, String> values = new HashMap<>();
        values.put("status", DocumentStatus.DRAFT.name());
        values.put("owner", tenantContext.actor());
        return form(null, values, FormErrors.none(), "Upload a document");
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response upload(List<EntityPart> parts) {
        MultipartForm form;
        try {
            form = MultipartForm.of(parts);
        } catch (InvalidInputException refused) {
            return Response.status(400).entity(form(null, Map.of(), FormErrors.of(refused), "Error: Upload a document"))
                    .build();
        }
        Map<String, String> typed = typed(form.fields(), form.values("domains"));
        try {
            DocumentDetails details = details(typed, form.values("domains"));
            Upload file = form.file("file").map(in -> new Upload(form.fileName("file").orElse(""), in)).orElse(null);
            DocumentView created = library.create(details, file, tenantContext.actor());
            return Response.seeOther(URI.create("/documents/" + created.id() + "?done=uploaded")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(form(null, typed, FormErrors.of(invalid), "Error: Upload a document"))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public Page document(@PathParam("id") String id, @QueryParam("done") String done) {
        return documentPage(library.get(id), Map.of(), FormErrors.none(), done);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response addVersion(@PathParam("id") String id, List<EntityPart> parts) {
        DocumentView document = library.get(id);
        MultipartForm form;
        try {
            form = MultipartForm.of(parts);
        } catch (InvalidInputException refused) {
            return Response.status(400).entity(documentPage(document, Map.of(), FormErrors.of(refused), null)).build();
        }
        try {
            Upload file = form.file("file").map(in -> new Upload(form.fileName("file").orElse(""), in)).orElse(null);
            library.addVersion(id, form.field("versionLabel"), file, tenantContext.actor());
            return Response.seeOther(URI.create("/documents/" + id + "?done=versioned")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(documentPage(document, form.fields(), FormErrors.of(invalid), null))
                    .build();
        }
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        DocumentView document = library.get(id);
        Map<String, String> typed = typed(form);
        try {
            List<FieldError> errors = new ArrayList<>();
            LocalDate approvedOn = date("approvedOn", typed, true, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            library.recordApproval(id, new Approval(approvedOn, typed.get("approvingBody"),
                    typed.get("minuteReference"), typed.get("executiveLead"), typed.get("nonExecutiveLead"),
                    "yes".equals(typed.get("livedExperienceInvolved")), typed.get("livedExperienceNote")),
                    tenantContext.actor());
            return Response.seeOther(URI.create("/documents/" + id + "?done=approved")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(documentPage(document, typed, FormErrors.of(invalid), null)).build();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Page edit(@PathParam("id") String id) {
        DocumentView document = library.get(id);
        return form(document, values(document), FormErrors.none(), "Change the document's details");
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_EDITOR})
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        DocumentView document = library.get(id);
        List<String> domains = form.getOrDefault("domains", List.of());
        Map<String, String> typed = typed(typed(form), domains);
        try {
            library.describe(id, PlanPages.version(typed.get("version")), details(typed, domains),
                    tenantContext.actor());
            return Response.seeOther(URI.create("/documents/" + id + "?done=saved")).build();
        } catch (InvalidInputException invalid) {
            return Response.status(400).entity(form(document, typed, FormErrors.of(invalid),
                    "Error: Change the document's details")).build();
        } catch (ConflictException conflict) {
            typed.put("version", String.valueOf(conflict.currentVersion()));
            return Response.status(409).entity(form(library.get(id), typed, FormErrors.of(InvalidInputException.of(
                    "title", conflict.getMessage() + ". Check the details below and save again to keep yours.")),
                    "Error: Change the document's details")).build();
        }
    }

    @GET
    @Path("{id}/versions/{versionId}/file")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        return FileDownload.of(library.download(id, versionId));
    }

    private Page documentPage(DocumentView document, Map<String, String> values, FormErrors errors, String done) {
        Map<String, String> shown = new HashMap<>(values);
        if (document.approval() == null && !shown.containsKey("approvedOn-day")) {
            FormDates.write("approvedOn", LocalDate.now(java.time.ZoneId.of("Europe/London")), shown);
        }
        Map<String, String> names = new HashMap<>();
        people.ofMyOrganisation().forEach(p -> names.put(p.username(), p.displayName()));
        return Page.of("document", (errors.any() ? "Error: " : "") + document.details().title())
                .with("document", document).with("values", shown).with("errors", errors).with("done", done)
                .with("canEdit", canEdit()).with("people", names);
    }

    private Page form(DocumentView document, Map<String, String> values, FormErrors errors, String title) {
        return Page.of("document-form", title).with("document", document).with("values", values)
                .with("errors", errors).with("kinds", DocumentKind.values()).with("statuses", DocumentStatus.values())
                .with("people", people.ofMyOrganisation());
    }

    private boolean canEdit() {
        return tenantContext.caller().orElseThrow().hasAnyRole(Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_EDITOR));
    }

    private static DocumentDetails details(Map<String, String> typed, List<String> domainNames) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate effective = date("effectiveDate", typed, false, errors);
        LocalDate review = date("nextReviewDate", typed, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<StrategyDomain> domains = domainNames.stream().map(d -> parse(StrategyDomain.class, d))
                .filter(java.util.Objects::nonNull).toList();
        return new DocumentDetails(typed.get("title"), parse(DocumentKind.class, typed.get("kind")), typed.get("owner"),
                domains, typed.get("versionLabel"), effective, review, parse(DocumentStatus.class, typed.get("status")));
    }

    private static LocalDate date(String field, Map<String, String> typed, boolean required, List<FieldError> errors) {
        try {
            return FormDates.read(field, typed, required);
        } catch (InvalidInputException invalid) {
            errors.addAll(invalid.errors());
            return null;
        }
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((key, value) -> typed.put(key, value.isEmpty() ? "" : value.get(0)));
        return typed;
    }

    /** Ticked domains are kept as "domain-NAME" = "on", so a refused form shows them ticked again. */
    private static Map<String, String> typed(Map<String, String> fields, List<String> domains) {
        Map<String, String> typed = new HashMap<>(fields);
        domains.forEach(d -> typed.put("domain-" + d, "on"));
        return typed;
    }

    private static Map<String, String> values(DocumentView document) {
        Map<String, String> values = new HashMap<>();
        DocumentDetails d = document.details();
        values.put("version", String.valueOf(document.version()));
        values.put("title", d.title());
        values.put("kind", d.kind().name());
        values.put("owner", d.owner());
        values.put("status", d.status().name());
        d.domains().forEach(domain -> values.put("domain-" + domain.name(), "on"));
        FormDates.write("effectiveDate", d.effectiveDate(), values);
        FormDates.write("nextReviewDate", d.nextReviewDate(), values);
        return values;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
