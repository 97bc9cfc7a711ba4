package org.rrhub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.rrhub.documents.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployed application (the real WAR on Payara Micro) against a real Keycloak: authentication, roles,
 * tenant isolation, provisioning, bad input, suspension, and the edges (headers, health, OpenAPI).
 * Every tenant here is created through the API with a unique name, so the tests share no state.
 */
@OnTheApplication
class ApplicationIT {

    private static Fixtures.SampleTenant alpha;
    private static Fixtures.SampleTenant beta;

    private static synchronized void ensureTenants() {
        if (alpha == null) {
            alpha = Fixtures.newTenant("Alpha Test NHS Trust", "NHS_TRUST");
            beta = Fixtures.newTenant("Beta Test Children's Home", "CHILDRENS_HOME");
        }
    }

    private static String addWard(Fixtures.SampleTenant tenant, String name) {
        var created = Api.post("/api/v1/wards", tenant.adminToken(), Fixtures.wardJson(name, "Adult acute", 12));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getString("id");
    }

    @Test
    void demoTenantsFromTheTenantsFolderAreProvisionedWithTheirPeopleAndWards() {
        // Provisioned at start from ../tenants.
        String token = TestKeycloak.token("northfield.viewer", "demo-northfield-3");
        var me = Api.get("/api/v1/me", token).object();
        assertThat(me.getString("tenant")).isEqualTo("northfield");
        assertThat(Api.get("/api/v1/wards", token).array().stream().map(w -> w.asJsonObject().getString("name")))
                .containsExactly("Ash Ward", "Birch Ward", "Cedar Ward");
        assertThat(TestKeycloak.organization("willow-house")).isPresent();
        // A viewer reads but does not change.
        assertThat(Api.post("/api/v1/wards", token, Fixtures.wardJson("Oak Ward", "Rehab", 8)).status()).isEqualTo(403);

        // The demo plan from the tenant's file: published, with its actions, some of them overdue.
        JsonObject plan = Api.get("/api/v1/plans", token).array().getJsonObject(0);
        assertThat(plan.getString("status")).isEqualTo("PUBLISHED");
        assertThat(plan.getJsonObject("content").getString("reductionLead")).isEqualTo("Priya Raman");
        assertThat(Api.get("/api/v1/plans/" + plan.getString("id") + "/actions", token).array()).hasSize(12);
        assertThat(Api.get("/api/v1/plans/" + plan.getString("id") + "/progress", token).array().stream()
                .mapToInt(p -> p.asJsonObject().getInt("overdue")).sum()).isGreaterThanOrEqualTo(2);
        assertThat(Api.get("/api/v1/public/pledges", null).body()).contains("Northfield Mental Health NHS Trust")
                .contains("Halve the use of prone restraint").doesNotContain("rr.lead@northfield.example");

        // Its demo documents, read like any upload: text extracted, review dates, approval, policy coverage.
        var documents = Api.get("/api/v1/documents", token).array();
        assertThat(documents.stream().map(d -> d.asJsonObject().getJsonObject("details").getString("title")))
                .contains("Seclusion and Long-Term Segregation Policy", "Reducing Restrictive Interventions Strategy 2026–2029");
        JsonObject seclusion = documents.stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getJsonObject("details").getString("kind").equals("POLICY")).findFirst().orElseThrow();
        assertThat(seclusion.getJsonArray("versions").getJsonObject(0).getString("textState")).isEqualTo("EXTRACTED");
        assertThat(seclusion.getJsonArray("versions").getJsonObject(0).getString("mediaType")).isEqualTo("text/markdown");
        assertThat(Api.get("/api/v1/policy-coverage", token).array().getJsonObject(41).getString("documentId"))
                .isEqualTo(seclusion.getString("id"));
    }

    @Test
    void aPlanGoesFromDraftToSubmittedWithEveryChangeKeptAsARevision() {
        // Roles matter here: an organisation with an admin, an editor and a viewer.
        var provider = Fixtures.newTenant("Lifecycle Test Trust", "NHS_TRUST");
        var editorPerson = Fixtures.addPerson(provider, "provider-editor");
        String admin = provider.adminToken();
        String editor = editorPerson.token();
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();

        var started = Api.post("/api/v1/plans", editor, "{\"cycleStart\": \"2026-04-01\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonObject plan = started.object();
        String id = plan.getString("id");
        assertThat(plan.getString("status")).isEqualTo("DRAFT");
        assertThat(plan.getString("cycleEnd")).isEqualTo("2027-03-31");
        assertThat(plan.getJsonObject("content").getString("organisationName"))
                .isEqualTo(provider.name());

        var overlapping = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-10-01\"}");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(fields(overlapping)).containsExactly("cycleStart");

        // A draft may be incomplete; text is stored exactly as typed.
        String typed = "End prone restraint <script>alert(1)</script>";
        var draft = Api.put("/api/v1/plans/" + id, editor, PlanJsonSamples.change(plan.getJsonNumber("version")
                .longValue(), PlanJsonSamples.content(provider.name(), "Priya Raman", typed, false)));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        long v2 = draft.object().getJsonNumber("version").longValue();
        assertThat(Api.get("/api/v1/plans/" + id, viewer).object().getJsonObject("content")
                .getJsonArray("priorities").getJsonObject(0).getString("priority")).isEqualTo(typed);

        assertThat(Api.post("/api/v1/plans/" + id + "/submission", editor, PlanJsonSamples.version(v2)).status())
                .isEqualTo(403);
        var incomplete = Api.post("/api/v1/plans/" + id + "/submission", admin, PlanJsonSamples.version(v2));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(fields(incomplete)).contains("contactEmail", "measure1", "priority2",
                "leadership-and-governance-main").doesNotContain("leadership-and-governance-done");
        assertThat(Api.get("/api/v1/plans/" + id, admin).object().getString("status")).isEqualTo("DRAFT");

        assertThat(Api.put("/api/v1/plans/" + id, viewer, PlanJsonSamples.change(v2,
                PlanJsonSamples.content("N", "L", "P", true))).status()).isEqualTo(403);
        var complete = Api.put("/api/v1/plans/" + id, editor, PlanJsonSamples.change(v2,
                PlanJsonSamples.content(provider.name(), "Tom Hale", typed, true)));
        assertThat(complete.status()).as(complete.toString()).isEqualTo(200);
        long v3 = complete.object().getJsonNumber("version").longValue();

        assertThat(Api.post("/api/v1/plans/" + id + "/submission", admin, PlanJsonSamples.version(v2)).status())
                .isEqualTo(409);
        var submitted = Api.post("/api/v1/plans/" + id + "/submission", admin, PlanJsonSamples.version(v3));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.object().getString("status")).isEqualTo("SUBMITTED");
        long v4 = submitted.object().getJsonNumber("version").longValue();

        // A submitted plan cannot be edited: the attempt is refused and changes nothing.
        var afterSubmit = Api.put("/api/v1/plans/" + id, editor, PlanJsonSamples.change(v4,
                PlanJsonSamples.content("Changed", "Changed", "Changed", true)));
        assertThat(afterSubmit.status()).isEqualTo(409);
        assertThat(afterSubmit.object().getString("detail")).contains("cannot be changed");
        assertThat(Api.get("/api/v1/plans/" + id, admin).object().getJsonObject("content")
                .getString("reductionLead")).isEqualTo("Tom Hale");

        var revisions = Api.get("/api/v1/plans/" + id + "/revisions", viewer).array();
        assertThat(revisions.stream().map(r -> r.asJsonObject().getString("event")))
                .containsExactly("Submitted to the RRN", "Edited", "Edited", "Cycle started");
        assertThat(revisions.getJsonObject(1).getJsonArray("changes").stream()
                .map(c -> c.asJsonObject().getString("field"))).contains("reductionLead", "measure1", "contactEmail");
        assertThat(revisions.getJsonObject(1).getString("author")).isEqualTo(editorPerson.username());
        assertThat(Api.get("/api/v1/plans/" + id + "/revisions/1", viewer).object().getString("event"))
                .isEqualTo("Cycle started");
        assertThat(Api.get("/api/v1/plans/" + id + "/revisions/99", viewer).status()).isEqualTo(404);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedWithWhatTheFirstChanged() {
        ensureTenants();
        String token = alpha.adminToken();
        JsonObject plan = Api.post("/api/v1/plans", token, "{\"cycleStart\": \"2026-01-01\"}").object();
        String id = plan.getString("id");
        long loaded = plan.getJsonNumber("version").longValue();

        var first = Api.put("/api/v1/plans/" + id, token, PlanJsonSamples.change(loaded,
                PlanJsonSamples.content(alpha.name(), "First Editor", "First priority", false)));
        assertThat(first.status()).isEqualTo(200);
        var second = Api.put("/api/v1/plans/" + id, token, PlanJsonSamples.change(loaded,
                PlanJsonSamples.content(alpha.name(), "Second Editor", "Second priority", false)));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(second.object().getJsonNumber("currentVersion").longValue())
                .isEqualTo(first.object().getJsonNumber("version").longValue());
        assertThat(second.object().getJsonArray("changes").stream().map(c -> c.asJsonObject().getString("after")))
                .contains("First Editor", "First priority");
        assertThat(Api.get("/api/v1/plans/" + id, token).object().getJsonObject("content").getString("reductionLead"))
                .isEqualTo("First Editor");
    }

    @Test
    void anotherTenantsPlanAndRevisionsAnswer404() {
        ensureTenants();
        JsonObject plan = Api.post("/api/v1/plans", alpha.adminToken(), "{\"cycleStart\": \"2028-01-01\"}").object();
        String id = plan.getString("id");
        String other = beta.adminToken();
        assertThat(Api.get("/api/v1/plans/" + id, other).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/plans/" + id + "/revisions", other).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/plans/" + id + "/revisions/1", other).status()).isEqualTo(404);
        assertThat(Api.put("/api/v1/plans/" + id, other, PlanJsonSamples.change(1,
                PlanJsonSamples.content("X", "Y", "Z", false))).status()).isEqualTo(404);
        assertThat(Api.post("/api/v1/plans/" + id + "/submission", other, PlanJsonSamples.version(1)).status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/plans", other).body()).doesNotContain(id);
        assertThat(Api.get("/api/v1/plans/" + id, alpha.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void anRrnReviewerWithAGrantReturnsThenAcceptsAPlanWhosePrioritiesArePublished() {
        var provider = Fixtures.newTenant("Review Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));

        JsonObject plan = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object();
        String id = plan.getString("id");
        String plansPath = "/api/v1/reviews/" + provider.id() + "/plans";
        assertThat(Api.get(plansPath, reviewer).status()).isEqualTo(404);

        long version = Api.put("/api/v1/plans/" + id, admin, PlanJsonSamples.change(plan.getJsonNumber("version")
                        .longValue(), PlanJsonSamples.content(provider.name(), "Secret Lead Name", "Stop prone restraint", true)))
                .object().getJsonNumber("version").longValue();
        version = Api.post("/api/v1/plans/" + id + "/submission", admin, PlanJsonSamples.version(version)).object()
                .getJsonNumber("version").longValue();

        var unknownReviewer = Api.post("/api/v1/review-grants", admin, grantJson("nobody.here", today, today));
        assertThat(fields(unknownReviewer)).containsExactly("reviewer");
        var backwards = Api.post("/api/v1/review-grants", admin, grantJson("rrn.reviewer", today, today.minusDays(1)));
        assertThat(fields(backwards)).containsExactly("validUntil");
        var expired = Api.post("/api/v1/review-grants", admin, grantJson("rrn.reviewer", today.minusDays(9), today.minusDays(1)));
        assertThat(expired.status()).isEqualTo(201);
        assertThat(Api.get(plansPath, reviewer).status()).as("an expired grant gives no access").isEqualTo(404);

        var granted = Api.post("/api/v1/review-grants", admin, grantJson("rrn.reviewer", today, today.plusDays(30)));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        assertThat(Api.get("/api/v1/reviews", reviewer).body()).contains(provider.id());
        assertThat(Api.get(plansPath, reviewer).array()).hasSize(1);
        assertThat(Api.get("/api/v1/reviews/" + beta().id() + "/plans", reviewer).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/reviews", admin).array()).as("nobody granted this admin review").isEmpty();
        assertThat(Api.post(plansPath + "/" + id + "/acceptance", beta().adminToken(), "{\"version\": " + version
                + "}").status()).as("only the RRN accepts plans").isEqualTo(403);
        assertThat(Api.get("/api/v1/review-grants", reviewer).status()).isEqualTo(403);

        var noComments = Api.post(plansPath + "/" + id + "/return", reviewer, "{\"version\": " + version + "}");
        assertThat(fields(noComments)).containsExactly("comments");
        var returned = Api.post(plansPath + "/" + id + "/return", reviewer,
                "{\"version\": " + version + ", \"comments\": \"Add how debriefs are measured\"}");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        JsonObject seenByProvider = Api.get("/api/v1/plans/" + id, admin).object();
        assertThat(seenByProvider.getString("status")).isEqualTo("RETURNED");
        assertThat(seenByProvider.getString("reviewComments")).isEqualTo("Add how debriefs are measured");

        version = Api.put("/api/v1/plans/" + id, admin, PlanJsonSamples.change(seenByProvider.getJsonNumber("version")
                        .longValue(), PlanJsonSamples.content(provider.name(), "Secret Lead Name", "Stop prone restraint now", true)))
                .object().getJsonNumber("version").longValue();
        version = Api.post("/api/v1/plans/" + id + "/submission", admin, PlanJsonSamples.version(version)).object()
                .getJsonNumber("version").longValue();
        assertThat(Api.post(plansPath + "/" + id + "/acceptance", reviewer, "{\"version\": " + (version - 1) + "}")
                .status()).isEqualTo(409);
        var accepted = Api.post(plansPath + "/" + id + "/acceptance", reviewer, "{\"version\": " + version + "}");
        assertThat(accepted.object().getString("status")).isEqualTo("PUBLISHED");

        var feed = Api.get("/api/v1/public/pledges", null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains(provider.name()).contains("Stop prone restraint now")
                .doesNotContain("Secret Lead Name").doesNotContain("rr.lead@example.org");

        assertThat(Api.delete("/api/v1/review-grants/" + granted.object().getString("id"), admin).status())
                .isEqualTo(204);
        assertThat(Api.get(plansPath, reviewer).status()).as("a revoked grant stops access at once").isEqualTo(404);
        assertThat(Api.delete("/api/v1/review-grants/" + granted.object().getString("id"), beta().adminToken())
                .status()).isEqualTo(404);
    }

    @Test
    void actionsDeliverThePlanWithOwnersDueDatesNotesAndCountsPerDomain() {
        var provider = Fixtures.newTenant("Actions Test Trust", "NHS_TRUST");
        var editorPerson = Fixtures.addPerson(provider, "provider-editor");
        String admin = provider.adminToken();
        String editor = editorPerson.token();
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        JsonObject plan = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"" + today.minusMonths(6) + "\"}")
                .object();
        String actionsPath = "/api/v1/plans/" + plan.getString("id") + "/actions";

        var overdue = Api.post(actionsPath, editor, actionJson("USING_DATA_TO_INFORM_PRACTICE",
                "Monthly ward restraint dashboards <b>", editorPerson.username(), today.minusDays(3), "IN_PROGRESS",
                null, "[1, 2]"));
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(201);
        assertThat(overdue.object().getBoolean("overdue")).isTrue();
        assertThat(overdue.object().getString("title")).isEqualTo("Monthly ward restraint dashboards <b>");
        var done = Api.post(actionsPath, admin, actionJson("USING_DATA_TO_INFORM_PRACTICE", "Baseline prone restraint",
                provider.adminUsername(), today.minusDays(10), "DONE", null, "[1]"));
        assertThat(done.object().getString("completedOn")).isEqualTo(today.toString());
        assertThat(Api.post(actionsPath, editor, actionJson("CONTINUOUS_IMPROVEMENT", "Post-incident reviews",
                editorPerson.username(), today.plusMonths(2), "NOT_STARTED", null, "[]")).status()).isEqualTo(201);

        var bad = Api.post(actionsPath, editor, actionJson("CONTINUOUS_IMPROVEMENT", "", "somebody.elsewhere",
                today.plusYears(2), "DROPPED", null, "[4]"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("title", "owner", "dueDate", "droppedReason", "priorities");
        assertThat(Api.post(actionsPath, viewer, actionJson("CONTINUOUS_IMPROVEMENT", "Viewer's action",
                editorPerson.username(), today, "NOT_STARTED", null, "[]")).status()).isEqualTo(403);
        assertThat(Api.get(actionsPath, viewer).array()).hasSize(3);

        var progress = Api.get("/api/v1/plans/" + plan.getString("id") + "/progress", viewer).array();
        JsonObject data = progress.getJsonObject(1);
        assertThat(data.getString("domain")).isEqualTo("USING_DATA_TO_INFORM_PRACTICE");
        assertThat(List.of(data.getInt("open"), data.getInt("overdue"), data.getInt("done"))).containsExactly(1, 1, 1);
        assertThat(progress.getJsonObject(5).getInt("open")).isEqualTo(1);
        assertThat(progress.getJsonObject(5).getInt("overdue")).isZero();

        // Progress notes are dated, never in the future; a note moves the action's version on.
        String actionPath = actionsPath + "/" + overdue.object().getString("id");
        long loaded = overdue.object().getJsonNumber("version").longValue();
        var future = Api.post(actionPath + "/notes", editor, "{\"date\": \"" + today.plusDays(1)
                + "\", \"text\": \"Too early\"}");
        assertThat(fields(future)).containsExactly("noteDate");
        var noted = Api.post(actionPath + "/notes", editor, "{\"date\": \"" + today
                + "\", \"text\": \"Dashboards shared with ward managers\"}");
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
        assertThat(noted.object().getJsonArray("notes")).hasSize(1);

        // The second of two edits based on the same version is refused, and nothing of it is stored.
        var stale = Api.put(actionPath, admin, "{\"version\": " + loaded + ", \"action\": " + actionJson(
                "USING_DATA_TO_INFORM_PRACTICE", "Renamed", editorPerson.username(), today, "DONE", null, "[]") + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.object().getJsonNumber("currentVersion").longValue())
                .isEqualTo(noted.object().getJsonNumber("version").longValue());
        var dropped = Api.put(actionPath, admin, "{\"version\": " + noted.object().getJsonNumber("version")
                + ", \"action\": " + actionJson("USING_DATA_TO_INFORM_PRACTICE", "Monthly ward restraint dashboards",
                editorPerson.username(), today.minusDays(3), "DROPPED", "Replaced by the trust-wide dashboard", "[1]")
                + "}");
        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
        assertThat(dropped.object().getBoolean("overdue")).isFalse();
        assertThat(dropped.object().getString("droppedReason")).isEqualTo("Replaced by the trust-wide dashboard");

        // The plan as a PDF, for the provider only.
        var pdf = Api.get("/api/v1/plans/" + plan.getString("id") + "/pdf", viewer, "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment");
        assertThat(pdf.body()).startsWith("%PDF-");

        // Another tenant: every id answers 404, also under a plan of its own.
        String other = beta().adminToken();
        String othersPlan = Api.post("/api/v1/plans", other, "{\"cycleStart\": \"" + today.minusMonths(1) + "\"}")
                .object().getString("id");
        assertThat(Api.get(actionsPath, other).status()).isEqualTo(404);
        assertThat(Api.get(actionPath, other).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/plans/" + othersPlan + "/actions/" + overdue.object().getString("id"), other)
                .status()).isEqualTo(404);
        assertThat(Api.put(actionPath, other, "{\"version\": 1, \"action\": " + actionJson("CONTINUOUS_IMPROVEMENT",
                "X", "x", today, "DONE", null, "[]") + "}").status()).isEqualTo(404);
        assertThat(Api.post(actionPath + "/notes", other, "{\"date\": \"" + today + "\", \"text\": \"x\"}")
                .status()).isEqualTo(404);
        assertThat(Api.post(actionsPath, other, actionJson("CONTINUOUS_IMPROVEMENT", "X", "x", today, "DONE", null,
                "[]")).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/plans/" + plan.getString("id") + "/progress", other).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/plans/" + plan.getString("id") + "/pdf", other, "application/pdf").status())
                .isEqualTo(404);
        assertThat(Api.get(actionPath, viewer).object().getString("title")).isEqualTo("Monthly ward restraint dashboards");
    }

    @Test
    void providerAdminsGiveTheirPeopleOneRoleEach() {
        var provider = Fixtures.newTenant("People Test Trust", "SOCIAL_CARE_PROVIDER");
        var viewerPerson = Fixtures.addPerson(provider, "provider-viewer");
        String admin = provider.adminToken();

        var people = Api.get("/api/v1/people", viewerPerson.token());
        assertThat(people.status()).isEqualTo(200);
        assertThat(people.array().stream().map(p -> p.asJsonObject().getString("username") + "="
                + p.asJsonObject().getString("role"))).containsExactlyInAnyOrder(
                provider.adminUsername() + "=provider-admin", viewerPerson.username() + "=provider-viewer");
        String rolePath = "/api/v1/people/" + viewerPerson.username() + "/role";
        assertThat(Api.put(rolePath, viewerPerson.token(), "{\"role\": \"provider-admin\"}").status())
                .isEqualTo(403);
        assertThat(fields(Api.put("/api/v1/people/" + provider.adminUsername() + "/role", admin,
                "{\"role\": \"provider-viewer\"}"))).containsExactly("role");
        assertThat(fields(Api.put(rolePath, admin, "{\"role\": \"platform-admin\"}"))).containsExactly("role");
        assertThat(Api.put(rolePath, beta().adminToken(), "{\"role\": \"provider-editor\"}").status())
                .isEqualTo(404);
        assertThat(Api.put("/api/v1/people/nobody.at.all/role", admin, "{\"role\": \"provider-editor\"}").status())
                .isEqualTo(404);

        var changed = Api.put(rolePath, admin, "{\"role\": \"provider-editor\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        // The next token carries the new role, and only it.
        var me = Api.get("/api/v1/me", viewerPerson.token()).object();
        assertThat(me.getJsonArray("roles").getValuesAs(JsonValue::toString)).contains("\"provider-editor\"")
                .doesNotContain("\"provider-viewer\"");
    }

    private static String actionJson(String domain, String title, String owner, java.time.LocalDate due,
                                     String status, String reason, String priorities) {
        return "{\"domain\": \"" + domain + "\", \"title\": \"" + title + "\", \"description\": \"\", "
                + "\"owner\": \"" + owner + "\", \"dueDate\": \"" + due + "\", \"status\": \"" + status
                + "\", \"droppedReason\": " + (reason == null ? "null" : "\"" + reason + "\"")
                + ", \"priorities\": " + priorities + "}";
    }

    @Test
    void documentsAreCheckedVersionedApprovedAndKeptToTheirOrganisation() throws Exception {
        var provider = Fixtures.newTenant("Documents Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String details = "{\"title\": \"Reducing restrictive interventions strategy\", \"kind\": \"BOARD_STRATEGY\", "
                + "\"owner\": \"" + provider.adminUsername() + "\", \"domains\": [\"LEADERSHIP_AND_GOVERNANCE\"], "
                + "\"versionLabel\": \"2025 edition\", \"effectiveDate\": \"" + today.minusYears(1) + "\", "
                + "\"nextReviewDate\": \"" + today.minusDays(1) + "\", \"status\": \"DRAFT\"}";

        var created = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details), "strategy.pdf",
                SampleFiles.pdf("Our strategy to reduce restrictive interventions"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject document = created.object();
        String id = document.getString("id");
        JsonObject first = document.getJsonArray("versions").getJsonObject(0);
        assertThat(first.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(first.getString("textState")).isEqualTo("EXTRACTED");
        assertThat(document.getString("reviewState")).isEqualTo("OVERDUE");
        assertThat(document.getBoolean("needsApproval")).isTrue();
        assertThat(Api.multipart("/api/v1/documents", viewer, java.util.Map.of("details", details), "x.pdf",
                SampleFiles.pdf("x")).status()).isEqualTo(403);

        // A new version becomes current; the first stays downloadable, as an attachment of the detected type.
        var second = Api.multipart("/api/v1/documents/" + id + "/versions", admin,
                java.util.Map.of("versionLabel", "2026 edition"), "strategy-2026.docx", SampleFiles.docx("Revised strategy"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        var versions = second.object().getJsonArray("versions");
        assertThat(versions).hasSize(2);
        assertThat(versions.getJsonObject(0).getBoolean("current")).isTrue();
        assertThat(versions.getJsonObject(0).getString("versionLabel")).isEqualTo("2026 edition");
        var old = Api.get("/api/v1/documents/" + id + "/versions/" + first.getString("id") + "/file", viewer, "*/*");
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.header("Content-Type")).startsWith("application/pdf");
        assertThat(old.header("Content-Disposition")).startsWith("attachment").contains("strategy.pdf");
        assertThat(old.body()).startsWith("%PDF-");

        // Board approval: every field is required, then it is on record and the strategy is approved.
        var incomplete = Api.put("/api/v1/documents/" + id + "/approval", admin, "{\"approvedOn\": \"" + today + "\"}");
        assertThat(fields(incomplete)).containsExactly("approvingBody", "minuteReference", "executiveLead",
                "nonExecutiveLead");
        var approved = Api.put("/api/v1/documents/" + id + "/approval", admin, "{\"approvedOn\": \"" + today
                + "\", \"approvingBody\": \"Trust Board\", \"minuteReference\": \"TB/2026/041\", "
                + "\"executiveLead\": \"Director of Nursing\", \"nonExecutiveLead\": \"Chair of Quality Committee\", "
                + "\"livedExperienceInvolved\": true, \"livedExperienceNote\": \"Co-written with two peer advisors\"}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.object().getBoolean("needsApproval")).isFalse();
        assertThat(approved.object().getJsonObject("details").getString("status")).isEqualTo("APPROVED");

        // Bad files: refused with the reason on the file field, nothing stored; a broken PDF is kept without text.
        var exe = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details), "minutes.pdf",
                SampleFiles.executable());
        assertThat(fields(exe)).containsExactly("file");
        var bomb = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details), "policy.docx",
                SampleFiles.zipBombDocx(20));
        assertThat(fields(bomb)).containsExactly("file");
        assertThat(bomb.body()).contains("expands");
        var tooBig = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details), "big.txt",
                "a".repeat(2 * 1024 * 1024 + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(fields(tooBig)).containsExactly("file");
        assertThat(tooBig.body()).contains("smaller than 2 MB");
        var noFile = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details), null, null);
        assertThat(fields(noFile)).containsExactly("file");
        assertThat(Api.get("/api/v1/documents", admin).array()).hasSize(1);
        var broken = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details",
                details.replace("BOARD_STRATEGY", "POLICY").replace("Reducing restrictive interventions strategy",
                        "Seclusion policy")), "seclusion.pdf", SampleFiles.truncatedPdf());
        assertThat(broken.status()).as(broken.toString()).isEqualTo(201);
        assertThat(broken.object().getJsonArray("versions").getJsonObject(0).getString("textState"))
                .isIn("NOT_EXTRACTABLE", "NO_TEXT");

        // An uploaded web page is only ever an attachment, sandboxed.
        var html = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details", details.replace(
                "BOARD_STRATEGY", "OTHER_EVIDENCE")), "notes.html",
                "<html><body><script>alert(1)</script><p>Ward notes</p></body></html>".getBytes());
        JsonObject page = html.object();
        var htmlFile = Api.get("/api/v1/documents/" + page.getString("id") + "/versions/"
                + page.getJsonArray("versions").getJsonObject(0).getString("id") + "/file", admin, "*/*");
        assertThat(htmlFile.header("Content-Type")).startsWith("text/html");
        assertThat(htmlFile.header("Content-Disposition")).startsWith("attachment");
        assertThat(htmlFile.header("Content-Security-Policy")).contains("sandbox");

        // Policy coverage: linked to the organisation's own policy, or not applicable with a rationale.
        String policyId = broken.object().getString("id");
        assertThat(Api.put("/api/v1/policy-coverage/10", admin, "{\"documentId\": \"" + policyId + "\"}").object()
                .getString("documentTitle")).isEqualTo("Seclusion policy");
        assertThat(fields(Api.put("/api/v1/policy-coverage/40", admin, "{\"notApplicable\": \" \"}")))
                .containsExactly("rationale");
        assertThat(Api.put("/api/v1/policy-coverage/40", admin,
                "{\"notApplicable\": \"We use no mechanical restraint equipment\"}").status()).isEqualTo(200);
        var checklist = Api.get("/api/v1/policy-coverage", viewer).array();
        assertThat(checklist).hasSizeGreaterThan(40);
        assertThat(checklist.getJsonObject(9).getString("documentId")).isEqualTo(policyId);
        assertThat(checklist.getJsonObject(39).getString("notApplicableRationale"))
                .isEqualTo("We use no mechanical restraint equipment");

        // Another organisation: metadata, files and coverage links all answer "not found".
        String other = beta().adminToken();
        String file = "/api/v1/documents/" + id + "/versions/" + first.getString("id") + "/file";
        assertThat(Api.get("/api/v1/documents/" + id, other).status()).isEqualTo(404);
        assertThat(Api.get(file, other, "*/*").status()).isEqualTo(404);
        assertThat(Api.multipart("/api/v1/documents/" + id + "/versions", other, java.util.Map.of(), "x.txt",
                "x".getBytes()).status()).isEqualTo(404);
        assertThat(Api.put("/api/v1/documents/" + id + "/approval", other, "{}").status()).isEqualTo(404);
        assertThat(Api.put("/api/v1/documents/" + id, other, "{\"version\": 1, \"details\": " + details + "}")
                .status()).isEqualTo(404);
        assertThat(fields(Api.put("/api/v1/policy-coverage/10", other, "{\"documentId\": \"" + policyId + "\"}")))
                .containsExactly("documentId");
        assertThat(Api.get("/api/v1/documents", other).body()).doesNotContain(id);
    }

    private static Fixtures.SampleTenant beta() {
        ensureTenants();
        return beta;
    }

    private static Fixtures.SampleTenant alpha() {
        ensureTenants();
        return alpha;
    }

    private static String grantJson(String reviewer, java.time.LocalDate from, java.time.LocalDate until) {
        return "{\"reviewer\": \"" + reviewer + "\", \"validFrom\": \"" + from + "\", \"validUntil\": \""
                + until + "\"}";
    }

    @Test
    void theNationalMinimumStandardsAreLoadedAsDataWithEveryStatementAndItsDomains() {
        assertThat(Api.get("/api/v1/frameworks", null).status()).isEqualTo(401);
        String token = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        JsonObject current = Api.get("/api/v1/frameworks", token).array().stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getBoolean("current")).findFirst().orElseThrow();
        assertThat(current.getString("id")).isEqualTo("nms-2019");
        assertThat(current.getInt("statements")).isEqualTo(213);
        String body = Api.get("/api/v1/frameworks/nms-2019", token).body();
        assertThat(body).contains("\"1.15.1.II\"", "\"2.5.2.XI\"", "\"3.4.2.VII\"", "USING_DATA_TO_INFORM_PRACTICE");
        assertThat(Api.get("/api/v1/frameworks/nms-1999", token).status()).isEqualTo(404);
    }

    @Test
    void aProviderAssessesItselfAgainstTheStandardsWithRollUpsAndOnlyItsOwnEvidence() throws Exception {
        var provider = Fixtures.newTenant("Assessment Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        String path = "/api/v1/assessments/nms-2019/2026";
        JsonObject empty = Api.get(path, viewer).object();
        assertThat(empty.getJsonArray("answers")).isEmpty();
        assertThat(empty.getJsonArray("bySection").getJsonObject(0).getInt("unanswered")).isEqualTo(74);

        var met = Api.put(path + "/statements/1.1.I", admin, "{\"answer\": {\"status\": \"MET\", "
                + "\"narrative\": \"Strategy approved by the board <b>\"}}");
        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        assertThat(met.object().getBoolean("unevidenced")).isTrue();
        assertThat(Api.put(path + "/statements/1.1.I", admin, "{\"answer\": {\"status\": \"NOT_MET\"}}").status())
                .as("a second answer without the version it was based on").isEqualTo(409);
        assertThat(fields(Api.put(path + "/statements/1.15.II", admin,
                "{\"answer\": {\"status\": \"NOT_APPLICABLE\"}}"))).containsExactly("notApplicableRationale");
        assertThat(Api.put(path + "/statements/1.15.II", admin, "{\"answer\": {\"status\": \"NOT_APPLICABLE\", "
                + "\"notApplicableRationale\": \"No group homes\"}}").status()).isEqualTo(200);
        assertThat(Api.put(path + "/statements/9.9.IX", admin, "{\"answer\": {\"status\": \"MET\"}}").status())
                .isEqualTo(404);
        assertThat(Api.get("/api/v1/assessments/nms-1999/2026", admin).status()).isEqualTo(404);
        assertThat(Api.put(path + "/statements/1.1.II", viewer, "{\"answer\": {\"status\": \"MET\"}}").status())
                .isEqualTo(403);

        // Evidence is the organisation's own documents only.
        String details = "{\"title\": \"Strategy\", \"kind\": \"BOARD_STRATEGY\", \"owner\": \"%s\", "
                + "\"status\": \"APPROVED\"}";
        String own = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details",
                String.format(details, provider.adminUsername())), "s.txt", "Our strategy".getBytes()).object()
                .getString("id");
        String foreign = Api.multipart("/api/v1/documents", beta().adminToken(), java.util.Map.of("details",
                String.format(details, beta().adminUsername())), "s.txt", "Their strategy".getBytes()).object()
                .getString("id");
        assertThat(fields(Api.put(path + "/statements/1.1.II", admin, "{\"answer\": {\"status\": \"MET\", "
                + "\"documentIds\": [\"" + foreign + "\"]}}"))).containsExactly("documentIds");
        var evidenced = Api.put(path + "/statements/1.1.II", admin, "{\"answer\": {\"status\": \"MET\", "
                + "\"documentIds\": [\"" + own + "\"]}}");
        assertThat(evidenced.object().getBoolean("unevidenced")).isFalse();

        JsonObject assessment = Api.get(path, viewer).object();
        assertThat(assessment.getJsonArray("answers")).hasSize(3);
        JsonObject strategy = assessment.getJsonArray("bySubsection").getJsonObject(0);
        assertThat(strategy.getString("group")).isEqualTo("1.1");
        assertThat(strategy.getJsonObject("counts").getInt("MET")).isEqualTo(2);
        assertThat(strategy.getInt("percentMet")).isEqualTo(33); // 2 of the 6 statements of 1.1
        assertThat(assessment.getJsonArray("byDomain")).hasSize(6);

        // A gap becomes an action of the pledge plan, linked both ways; a met statement or a missing plan is refused.
        assertThat(Api.put(path + "/statements/1.2.I", admin, "{\"answer\": {\"status\": \"NOT_MET\"}}").status())
                .isEqualTo(200);
        assertThat(fields(Api.post(path + "/statements/1.2.I/action", admin, "{}"))).containsExactly("plan");
        String planId = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object().getString("id");
        assertThat(fields(Api.post(path + "/statements/1.1.I/action", admin, "{}"))).containsExactly("status");
        var made = Api.post(path + "/statements/1.2.I/action", admin, "{}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        JsonObject action = Api.get("/api/v1/plans/" + planId + "/actions/" + made.object().getString("actionId"),
                viewer).object();
        assertThat(action.getString("source")).isEqualTo("assessment:nms-2019/2026/1.2.I");
        assertThat(action.getString("domain")).isEqualTo("INVOLVING_THOSE_WHO_RECEIVE_SERVICES");
        assertThat(action.getString("title")).startsWith("Meet standard 1.2.I: ");
        assertThat(Api.get(path, viewer).object().getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("statementId").equals("1.2.I")).findFirst().orElseThrow()
                .getJsonArray("actionIds").getString(0)).isEqualTo(made.object().getString("actionId"));

        // Another organisation's assessment of the same framework and year is its own.
        assertThat(Api.get(path, beta().adminToken()).object().getJsonArray("answers")).isEmpty();
        assertThat(fields(Api.post(path + "/statements/1.2.I/action", beta().adminToken(), "{}")))
                .containsExactly("status");
    }

    @Test
    void theAssessmentIsExportedAsCsvAndPdfWithExistingActionsLinkedAsEvidence() {
        var provider = Fixtures.newTenant("Export Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String path = "/api/v1/assessments/nms-2019/2026";
        String planId = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object().getString("id");
        String actionId = Api.post("/api/v1/plans/" + planId + "/actions", admin, actionJson(
                "STAFF_TRAINING_AND_DEVELOPMENT", "Train every ward in de-escalation", provider.adminUsername(),
                java.time.LocalDate.of(2027, 1, 31), "IN_PROGRESS", null, "[]")).object().getString("id");
        var other = Fixtures.newTenant("Export Other Trust", "NHS_TRUST");
        String otherPlan = Api.post("/api/v1/plans", other.adminToken(), "{\"cycleStart\": \"2026-04-01\"}")
                .object().getString("id");
        var foreignAction = Api.post("/api/v1/plans/" + otherPlan + "/actions", other.adminToken(), actionJson(
                "STAFF_TRAINING_AND_DEVELOPMENT", "Theirs", other.adminUsername(), java.time.LocalDate.of(2027, 1, 31),
                "NOT_STARTED", null, "[]"));
        assertThat(foreignAction.status()).as(foreignAction.toString()).isEqualTo(201);

        assertThat(fields(Api.put(path + "/statements/3.1.I", admin, "{\"answer\": {\"status\": \"MET\", "
                + "\"actionIds\": [\"" + foreignAction.object().getString("id") + "\"]}}")))
                .as("another tenant's action is not evidence").containsExactly("actionIds");
        var linked = Api.put(path + "/statements/3.1.I", admin, "{\"answer\": {\"status\": \"MET\", "
                + "\"narrative\": \"=SUM(A1) training for all\", \"actionIds\": [\"" + actionId + "\"]}}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.object().getBoolean("unevidenced")).isFalse();
        var kept = Api.put(path + "/statements/3.1.I", admin, "{\"version\": " + linked.object().getInt("version")
                + ", \"answer\": {\"status\": \"MET\", \"narrative\": \"Training for all\"}}");
        assertThat(kept.object().getJsonArray("actionIds").getString(0)).as("links kept when not named")
                .isEqualTo(actionId);

        var csv = Api.get(path + "/export.csv", Fixtures.addPerson(provider, "provider-viewer").token(), "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("Section,Subsection,Statement,");
        assertThat(csv.body()).contains("3.1.I").contains("Train every ward in de-escalation")
                .contains("Not answered");
        assertThat(csv.body().lines().filter(l -> l.contains(",Met,") || l.contains(",Not answered,")).count())
                .as("a row for each of the 213 statements").isEqualTo(213);

        var pdf = Api.get(path + "/export.pdf", admin, "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        var theirs = Api.get(path + "/export.csv", other.adminToken(), "text/csv");
        assertThat(theirs.body()).doesNotContain("Train every ward").doesNotContain("Training for all");
        assertThat(Api.get("/api/v1/assessments/nms-1999/2026/export.csv", admin, "text/csv").status())
                .isEqualTo(404);
    }

    @Test
    void aReviewerRecordsFindingsThatTheProviderAnswersThroughDraftSharedRespondedAndClosed() {
        var provider = Fixtures.newTenant("Peer Review Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String editor = Fixtures.addPerson(provider, "provider-editor").token();
        String viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String assessment = "/api/v1/assessments/nms-2019/2026";
        Api.put(assessment + "/statements/1.15.II", admin, "{\"answer\": {\"status\": \"NOT_APPLICABLE\", "
                + "\"notApplicableRationale\": \"We have no seclusion room\"}}");
        Api.put(assessment + "/statements/1.1.I", admin, "{\"answer\": {\"status\": \"MET\"}}");
        String reviews = "/api/v1/reviews/" + provider.id() + "/assessment-reviews";
        String start = "{\"frameworkId\": \"nms-2019\", \"year\": 2026}";
        assertThat(Api.post(reviews, reviewer, start).status()).as("no grant yet").isEqualTo(404);

        String grantId = Api.post("/api/v1/review-grants", admin, grantJson("rrn.reviewer", today,
                today.plusDays(30))).object().getString("id");
        var started = Api.post(reviews, reviewer, start);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonObject review = started.object();
        String id = review.getString("id");
        assertThat(review.getString("state")).isEqualTo("DRAFT");
        assertThat(Api.post(reviews, reviewer, start).object().getString("id")).as("one open review").isEqualTo(id);
        String one = reviews + "/" + id;
        JsonObject read = Api.get(one + "/assessment", reviewer).object();
        assertThat(read.getJsonArray("answers")).hasSize(2);

        assertThat(Api.put(one + "/findings/9.9.IX", reviewer, "{\"verdict\": \"AGREE\"}").status()).isEqualTo(404);
        assertThat(fields(Api.put(one + "/findings/1.15.II", reviewer, "{\"verdict\": \"DISAGREE\"}")))
                .containsExactly("comment");
        assertThat(fields(Api.put(one + "/findings/1.15.II", reviewer, "{\"verdict\": \"MAYBE\"}")))
                .containsExactly("verdict");
        assertThat(Api.put(one + "/findings/1.15.II", reviewer, "{\"verdict\": \"DISAGREE\", \"comment\": "
                + "\"The rationale is not documented <b>\"}").status()).isEqualTo(200);
        review = Api.put(one + "/findings/1.1.I", reviewer, "{\"verdict\": \"AGREE\"}").object();
        assertThat(review.getJsonArray("findings")).hasSize(2);
        assertThat(review.getJsonArray("findings").getJsonObject(0).getString("statementId")).isEqualTo("1.1.I");

        assertThat(Api.get("/api/v1/assessment-reviews", admin).array()).as("a draft is the reviewer's").isEmpty();
        assertThat(Api.get("/api/v1/assessment-reviews/" + id, admin).status()).isEqualTo(404);
        long version = review.getJsonNumber("version").longValue();
        assertThat(fields(Api.post(one + "/sharing", reviewer, "{\"version\": " + version + "}")))
                .containsExactly("summary");
        review = Api.put(one + "/summary", reviewer, "{\"version\": " + version
                + ", \"summary\": \"Clear board ownership; rationales need recording.\"}").object();
        assertThat(Api.post(one + "/sharing", reviewer, "{\"version\": " + version + "}").status())
                .as("stale version").isEqualTo(409);
        review = Api.post(one + "/sharing", reviewer, "{\"version\": " + review.getJsonNumber("version") + "}")
                .object();
        assertThat(review.getString("state")).isEqualTo("SHARED");
        assertThat(fields(Api.put(one + "/findings/1.1.I", reviewer, "{\"verdict\": \"DISAGREE\", "
                + "\"comment\": \"changed my mind\"}"))).as("findings are fixed once shared").containsExactly("state");

        // The provider answers the disagreement and responds.
        JsonObject shared = Api.get("/api/v1/assessment-reviews/" + id, viewer).object();
        assertThat(shared.getString("summary")).startsWith("Clear board ownership");
        String disputed = shared.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("statementId").equals("1.15.II")).findFirst().orElseThrow().getString("id");
        String respond = "/api/v1/assessment-reviews/" + id + "/response";
        long sharedVersion = shared.getJsonNumber("version").longValue();
        assertThat(fields(Api.post(respond, admin, "{\"version\": " + sharedVersion + "}")))
                .containsExactly("findings");
        assertThat(Api.put("/api/v1/assessment-reviews/" + id + "/findings/" + disputed + "/answer", viewer,
                "{\"answer\": \"x\"}").status()).isEqualTo(403);
        assertThat(fields(Api.put("/api/v1/assessment-reviews/" + id + "/findings/" + disputed + "/answer", editor,
                "{\"answer\": \"  \"}"))).containsExactly("answer");
        JsonObject answered = Api.put("/api/v1/assessment-reviews/" + id + "/findings/" + disputed + "/answer",
                editor, "{\"answer\": \"The rationale is minuted: board, 12 March\"}").object();
        assertThat(Api.post(respond, editor, "{\"version\": " + answered.getJsonNumber("version") + "}").status())
                .as("only admins send the response").isEqualTo(403);
        assertThat(Api.post(respond, admin, "{\"version\": " + sharedVersion + "}").status()).isEqualTo(409);
        JsonObject responded = Api.post(respond, admin, "{\"version\": " + answered.getJsonNumber("version") + "}")
                .object();
        assertThat(responded.getString("state")).isEqualTo("RESPONDED");

        // Another tenant sees nothing of it; the reviewer closes it; a revoked grant ends access.
        assertThat(Api.get("/api/v1/assessment-reviews/" + id, beta().adminToken()).status()).isEqualTo(404);
        assertThat(Api.put("/api/v1/assessment-reviews/" + id + "/findings/" + disputed + "/answer",
                beta().adminToken(), "{\"answer\": \"theirs\"}").status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/reviews/" + beta().id() + "/assessment-reviews/" + id, reviewer).status())
                .isEqualTo(404);
        JsonObject closed = Api.post(one + "/closing", reviewer, "{\"version\": "
                + Api.get(one, reviewer).object().getJsonNumber("version") + "}").object();
        assertThat(closed.getString("state")).isEqualTo("CLOSED");
        assertThat(closed.getJsonArray("history").stream().map(e -> e.asJsonObject().getString("description")))
                .contains("Shared with the provider", "Finding on 1.15.II answered", "Provider responded", "Closed");
        assertThat(closed.getJsonArray("findings").getJsonObject(1).getString("answeredBy")).startsWith("provider-editor");
        assertThat(Api.delete("/api/v1/review-grants/" + grantId, admin).status()).isEqualTo(204);
        assertThat(Api.get(one, reviewer).status()).as("revoked: gone at the next request").isEqualTo(404);
        assertThat(Api.get(reviews, reviewer).status()).isEqualTo(404);

        // A peer from another provider can be granted review, and reviews only what the grant allows.
        String peerUsername = beta().adminUsername();
        Api.post("/api/v1/review-grants", admin, grantJson(peerUsername, today, today.plusDays(7)));
        String peer = beta().adminToken();
        var peerReview = Api.post(reviews, peer, "{\"frameworkId\": \"nms-2019\", \"year\": 2026}");
        assertThat(peerReview.status()).as(peerReview.toString()).isEqualTo(201);
        assertThat(peerReview.object().getString("id")).isNotEqualTo(id);
        assertThat(Api.get(one, peer).status()).as("another reviewer's review").isEqualTo(404);
        assertThat(Api.get("/api/v1/reviews", peer).body()).contains(provider.id());
    }

    private static JsonObject awaitImport(String location, String token) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonObject state = Api.get(location, token).object();
            if (!"STORING".equals(state.getString("state")) || System.currentTimeMillis() > deadline) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonObject imported(Fixtures.SampleTenant tenant, String kind, String csv) {
        var started = Api.postCsv("/api/v1/incidents/imports?kind=" + kind + "&fileName=extract.csv",
                tenant.adminToken(), csv);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject done = awaitImport(java.net.URI.create(started.header("Location")).getPath(), tenant.adminToken());
        assertThat(done.getString("state")).as(done.toString()).isEqualTo("STORED");
        return done;
    }

    private static final String SEP_OCT = "/api/v1/incidents/insight?from=2026-09&to=2026-10";

    @Test
    void incidentExtractsAreCheckedWholeStoredOnceAndTurnedIntoRatesAndIndicators() {
        var provider = Fixtures.newTenant("Incident Data Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String six = IncidentCsvSamples.sixInterventions("INC");

        JsonObject first = imported(provider, "incidents", six);
        assertThat(first.getInt("added")).isEqualTo(6);
        imported(provider, "bed_days", IncidentCsvSamples.bedDays());
        JsonObject again = imported(provider, "incidents", six);
        assertThat(again.getInt("added")).as("re-importing the same extract counts nothing twice").isZero();
        assertThat(again.getInt("updated")).isEqualTo(6);

        JsonObject insight = Api.get(SEP_OCT, admin).object();
        // 6 interventions over 2,000 occupied bed days: 3 per 1,000.
        assertThat(insight.getJsonObject("overall").getInt("count")).isEqualTo(6);
        assertThat(insight.getJsonObject("overall").getJsonNumber("ratePer1000").doubleValue()).isEqualTo(3.0);
        // September: 2 over 1,000; October: 4 over 1,000. Oak Ward: 4 over 1,200; Elm Ward: 2 over 800.
        assertThat(insight.getJsonArray("byMonth").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("ratePer1000").doubleValue()).toList()).containsExactly(2.0, 4.0);
        assertThat(insight.getJsonArray("byWard").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("label") + "=" + w.getJsonNumber("ratePer1000").doubleValue()).toList())
                .containsExactly("Elm Ward=2.5", "Oak Ward=3.3333333333333335");
        assertThat(insight.getJsonObject("proneByMonth").getInt("2026-09")).isEqualTo(1);
        assertThat(insight.getJsonObject("proneByMonth").getInt("2026-10")).isZero();
        // Restraints reviewed within the hour: 2 of the 4 physical restraints (35 and 40 minutes; 90 and none fail).
        JsonObject review = insight.getJsonArray("indicators").getJsonObject(0);
        assertThat(review.getInt("met") + "/" + review.getInt("of")).isEqualTo("2/4");
        assertThat(insight.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getInt("met") + "/" + i.getInt("of")).toList()).containsExactly("2/4", "5/6", "5/6", "1/6");
        // Five women and one man: the man is fewer than 5, so the women are held back too.
        JsonObject gender = insight.getJsonArray("demographics").getJsonObject(1);
        assertThat(gender.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.containsKey("shown")).map(g -> g.getString("label")).toList())
                .as("only the empty groups are shown").doesNotContain("Female", "Male");
        assertThat(insight.getJsonObject("quality").getJsonArray("flags")).isEmpty();
        assertThat(insight.getJsonObject("benchmark").getBoolean("consented")).isFalse();

        var viewer = Fixtures.addPerson(provider, "provider-viewer").token();
        var report = Api.get("/api/v1/incidents/board-report.pdf?from=2026-09&to=2026-10", viewer, "application/pdf");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Content-Disposition")).startsWith("attachment");
        assertThat(report.body()).startsWith("%PDF-");
        assertThat(Api.postCsv("/api/v1/incidents/imports?kind=incidents", viewer, six).status()).isEqualTo(403);
        assertThat(fields(Api.postCsv("/api/v1/incidents/imports?kind=sheets", admin, six))).containsExactly("kind");

        var other = Fixtures.newTenant("Incident Other Trust", "NHS_TRUST");
        assertThat(Api.get("/api/v1/incidents/imports/" + first.getString("id"), other.adminToken()).status())
                .as("another provider's import").isEqualTo(404);
        assertThat(Api.get(SEP_OCT, other.adminToken()).object().getJsonObject("overall").getInt("count")).isZero();
        assertThat(Api.get("/api/v1/incidents/imports", other.adminToken()).body()).doesNotContain(first.getString("id"));
    }

    @Test
    void aHundredThousandRowExtractIsStoredWithItsProgressReported() {
        var provider = Fixtures.newTenant("Incident Volume Test Trust", "NHS_TRUST");
        var started = Api.postCsv("/api/v1/incidents/imports?kind=incidents&fileName=year.csv", provider.adminToken(),
                IncidentCsvSamples.large("BIG", 100_000));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.object().getInt("rowsTotal")).isEqualTo(100_000);
        String location = java.net.URI.create(started.header("Location")).getPath();
        JsonObject done = awaitImport(location, provider.adminToken());
        assertThat(done.getString("state")).isEqualTo("STORED");
        assertThat(done.getInt("rowsDone")).isEqualTo(100_000);
        assertThat(Api.get("/api/v1/incidents/insight?from=2026-09&to=2026-09", provider.adminToken()).object()
                .getJsonObject("overall").getInt("count")).isEqualTo(100_000);
    }

    @Test
    void aBadExtractIsRefusedWholeWithEveryProblemByRowAndColumnAndIdentifiersAreNeverStored() {
        var provider = Fixtures.newTenant("Incident Refusal Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        imported(provider, "incidents", IncidentCsvSamples.incidents(List.of(new IncidentCsvSamples.Row("KEPT-1"))));

        String bad = IncidentCsvSamples.incidents(List.of(
                new IncidentCsvSamples.Row("BAD-1"),
                new IncidentCsvSamples.Row("BAD-2").with(r -> r.startedAt = "14/09/2026"),
                new IncidentCsvSamples.Row("BAD-3").with(r -> r.type = "restraint"),
                new IncidentCsvSamples.Row("BAD-4").with(r -> r.position = ""),
                new IncidentCsvSamples.Row("BAD-5").with(r -> r.type = "seclusion"),
                new IncidentCsvSamples.Row("BAD-6").with(r -> r.duration = "-3"),
                new IncidentCsvSamples.Row("BAD-7").with(r -> { r.debriefOffered = "no"; r.debriefHeld = "yes"; }),
                new IncidentCsvSamples.Row("BAD-8").with(r -> r.medicalReviewAt = "2026-09-03T09:00"),
                new IncidentCsvSamples.Row("BAD-1")));
        var refused = Api.postCsv("/api/v1/incidents/imports?kind=incidents", admin, bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.object().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + ":" + p.getString("column")).toList())
                .containsExactly("3:started_at", "4:type", "5:position", "6:position", "7:duration_minutes",
                        "8:debrief_held", "9:medical_review_at", "10:external_reference");

        var nhsNumber = Api.postCsv("/api/v1/incidents/imports?kind=incidents", admin, IncidentCsvSamples.incidents(
                List.of(new IncidentCsvSamples.Row("ID-1").with(r -> r.ward = "943 476 5919"))));
        assertThat(nhsNumber.status()).isEqualTo(422);
        JsonObject problem = nhsNumber.object().getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getString("column")).isEqualTo("ward");
        assertThat(problem.getString("message")).contains("NHS number").doesNotContain("943");
        var names = Api.postCsv("/api/v1/incidents/imports?kind=incidents", admin,
                IncidentCsvSamples.INCIDENT_HEADER + ",patient_name\r\n"
                        + new IncidentCsvSamples.Row("ID-2").csv() + ",Mrs Jane Smith\r\n");
        assertThat(names.status()).isEqualTo(422);
        assertThat(names.body()).contains("patient_name").doesNotContain("Jane Smith");

        JsonObject insight = Api.get(SEP_OCT, admin).object();
        assertThat(insight.getJsonObject("overall").getInt("count")).as("nothing of a refused file is stored")
                .isEqualTo(1);
        assertThat(fields(Api.get("/api/v1/incidents/insight?from=2026-13", admin))).containsExactly("from");
    }

    @Test
    void theSectorBenchmarkShowsQuartilesOnlyFromFiveSharingProvidersAndReviewersSeeIt() {
        java.util.List<Fixtures.SampleTenant> sector = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            var provider = Fixtures.newTenant("Benchmark Care " + i, "SOCIAL_CARE_PROVIDER");
            String[] extract = IncidentCsvSamples.peer("B" + i, 2 * i, 1000);
            imported(provider, "incidents", extract[0]);
            imported(provider, "bed_days", extract[1]);
            sector.add(provider);
        }
        var first = sector.get(0);
        String september = "/api/v1/incidents/insight?from=2026-09&to=2026-09";
        assertThat(Api.put("/api/v1/incidents/benchmark-sharing", Fixtures.addPerson(first, "provider-editor").token(),
                "{\"share\": true}").status()).as("admins decide").isEqualTo(403);
        Api.put("/api/v1/incidents/benchmark-sharing", first.adminToken(), "{\"share\": true}");
        JsonObject alone = Api.get(september, first.adminToken()).object().getJsonObject("benchmark");
        assertThat(alone.getBoolean("consented")).isTrue();
        assertThat(alone.containsKey("benchmark")).as("one sharing provider: no benchmark").isFalse();
        assertThat(alone.getString("whyNone")).contains("Fewer than 5");

        for (var provider : sector.subList(1, 5)) {
            Api.put("/api/v1/incidents/benchmark-sharing", provider.adminToken(), "{\"share\": true}");
        }
        var response = Api.get(september, first.adminToken());
        JsonObject benchmark = response.object().getJsonObject("benchmark");
        // Rates 2, 4, 6, 8 and 10 per 1,000: quartiles 4, 6 and 8; the first provider (2) is in the lowest quarter.
        JsonObject quartiles = benchmark.getJsonObject("benchmark").getJsonObject("quartiles");
        assertThat(List.of(quartiles.getJsonNumber("lowerQuartile").doubleValue(),
                quartiles.getJsonNumber("median").doubleValue(), quartiles.getJsonNumber("upperQuartile").doubleValue()))
                .containsExactly(4.0, 6.0, 8.0);
        assertThat(benchmark.getJsonObject("benchmark").getString("quarter")).isEqualTo("LOWEST");
        assertThat(benchmark.getInt("peers")).isEqualTo(5);
        for (var peer : sector.subList(1, 5)) {
            assertThat(response.body()).doesNotContain(peer.name()).doesNotContain(peer.id());
        }

        String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        String reviewPath = "/api/v1/reviews/" + first.id() + "/incidents/insight?from=2026-09&to=2026-09";
        assertThat(Api.get(reviewPath, reviewer).status()).as("no grant").isEqualTo(404);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Api.post("/api/v1/review-grants", first.adminToken(), grantJson("rrn.reviewer", today, today.plusDays(30)));
        JsonObject seen = Api.get(reviewPath, reviewer).object();
        assertThat(seen.getJsonObject("benchmark").getJsonObject("benchmark").getJsonObject("quartiles"))
                .isEqualTo(quartiles);
        assertThat(Api.get("/api/v1/reviews/" + sector.get(1).id() + "/incidents/insight", reviewer).status())
                .as("a provider that granted nothing").isEqualTo(404);
    }

    private static String searchPath(String q, String more) {
        return "/api/v1/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + more;
    }

    /** Polls until the search returns the expected number of results; the index is near-real-time, not synchronous. */
    private static JsonObject awaitResults(String q, String more, String token, long expected) {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonObject results;
        do {
            var response = Api.get(searchPath(q, more), token);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            results = response.object();
            if (results.getJsonNumber("total").longValue() == expected) {
                return results;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } while (System.currentTimeMillis() < deadline);
        return results;
    }

    private static java.util.List<String> facet(JsonObject results, String facet) {
        return results.getJsonArray("facets").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("facet").equals(facet)).flatMap(g -> g.getJsonArray("counts").stream())
                .map(c -> c.asJsonObject().getString("value")).toList();
    }

    @Test
    void everythingATenantWritesIsSearchableWithinItsScopeAndInspectorsAreAudited() throws Exception {
        var provider = Fixtures.newTenant("Search Test Trust", "NHS_TRUST");
        var other = Fixtures.newTenant("Search Other Home", "CHILDRENS_HOME");
        String admin = provider.adminToken();
        String word = Fixtures.uniqueWord();
        String details = "{\"title\": \"Seclusion policy %s\", \"kind\": \"POLICY\", \"owner\": \"%s\", "
                + "\"status\": \"APPROVED\", \"domains\": [\"PREVENTATIVE_MEASURES\"]}";
        String documentId = Api.multipart("/api/v1/documents", admin, java.util.Map.of("details",
                String.format(details, word, provider.adminUsername())), "seclusion.txt",
                ("Seclusion is ended as soon as possible. Rapid tranquillisation is a last resort. " + word)
                        .getBytes()).object().getString("id");
        String planId = Api.post("/api/v1/plans", admin, "{\"cycleStart\": \"2026-04-01\"}").object().getString("id");
        Api.post("/api/v1/plans/" + planId + "/actions", admin, actionJson("STAFF_TRAINING_AND_DEVELOPMENT",
                "Train staff " + word, provider.adminUsername(), java.time.LocalDate.of(2027, 1, 31), "IN_PROGRESS",
                null, "[]"));
        Api.put("/api/v1/assessments/nms-2019/2026/statements/1.15.II", admin, "{\"answer\": {\"status\": "
                + "\"NOT_APPLICABLE\", \"notApplicableRationale\": \"No seclusion room " + word + "\"}}");
        Api.put("/api/v1/plans/" + planId, admin, PlanJsonSamples.change(Api.get("/api/v1/plans/" + planId, admin)
                .object().getJsonNumber("version").longValue(), PlanJsonSamples.content(provider.name(), "Lead " + word,
                "Fewer restraints", true)));

        // Every kind of item, within a second or so of its change (the figure itself is measured by the benchmark).
        JsonObject own = awaitResults(word, "", admin, 4);
        assertThat(own.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("kind")))
                .containsExactlyInAnyOrder("DOCUMENT", "PLAN", "ACTION", "ANSWER");
        JsonObject document = own.getJsonArray("hits").stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("kind").equals("DOCUMENT")).findFirst().orElseThrow();
        assertThat(document.getString("url")).isEqualTo("/documents/" + documentId);
        assertThat(document.getString("snippet")).contains("<mark>" + word + "</mark>");
        assertThat(facet(own, "KIND")).containsExactlyInAnyOrder("DOCUMENT", "PLAN", "ACTION", "ANSWER");
        assertThat(facet(own, "TENANT")).as("one organisation: no organisation facet").isEmpty();
        assertThat(awaitResults("RT " + word, "&kind=DOCUMENT", admin, 1).getJsonNumber("total").longValue())
                .as("RT finds rapid tranquillisation").isEqualTo(1);
        assertThat(awaitResults("1.15.II " + word, "", admin, 1).getJsonArray("hits").getJsonObject(0)
                .getString("kind")).isEqualTo("ANSWER");

        var exported = Api.get("/api/v1/search/export.csv?q=" + word, admin, "text/csv");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.header("Content-Disposition")).startsWith("attachment");
        String[] rows = exported.body().split("\r\n");
        assertThat(rows).as("the header and the four items").hasSize(5);
        assertThat(rows[0]).startsWith("Title,Organisation");
        assertThat(Api.get("/api/v1/search/export.csv?q=" + word, other.adminToken(), "text/csv").body()
                .split("\r\n")).as("another provider's export: the header only").hasSize(1);

        // Another provider's staff find nothing of it, not even in facet counts.
        JsonObject theirs = awaitResults(word, "", other.adminToken(), 0);
        assertThat(theirs.getJsonArray("facets")).isEmpty();
        assertThat(Api.get("/api/v1/search/items/" + provider.id() + "/document/" + documentId, other.adminToken())
                .status()).isEqualTo(404);

        // An inspector states a purpose, then searches every active provider; both the search and the opening
        // are logged, and the provider sees them.
        String inspector = TestKeycloak.token("cqc.inspector", "demo-inspector-1");
        var noPurpose = Api.get(searchPath(word, ""), inspector);
        assertThat(fields(noPurpose)).containsExactly("purpose");
        String purpose = "&purpose=" + java.net.URLEncoder.encode("INS-" + word, java.nio.charset.StandardCharsets.UTF_8);
        JsonObject inspected = awaitResults(word, purpose, inspector, 4);
        assertThat(facet(inspected, "TENANT")).containsExactly(provider.id());
        assertThat(inspected.getJsonArray("hits").getJsonObject(0).getString("url")).startsWith("/search/items/");
        // Later than the search's own 2-second time limit: a limit must never outlive its search.
        Thread.sleep(2_500);
        var opened = Api.get("/api/v1/search/items/" + provider.id() + "/document/" + documentId + "?purpose=INS-"
                + word, inspector);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.object().getString("text")).contains("Rapid tranquillisation");
        var log = Api.get("/api/v1/search/access-log", admin).array();
        assertThat(log.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("purpose").equals("INS-" + word))
                .map(e -> e.getString("action"))).contains("search", "open");
        assertThat(Api.get("/api/v1/search/access-log", other.adminToken()).body()).doesNotContain("INS-" + word);
        assertThat(Api.get("/api/v1/search/access-log", inspector).status()).isEqualTo(403);

        // A reviewer reads only the providers that grant them review, and only while the grant lasts.
        String reviewer = TestKeycloak.token("rrn.reviewer", "demo-reviewer-1");
        String reviewPurpose = "&purpose=review";
        assertThat(awaitResults(word, reviewPurpose, reviewer, 0).getJsonNumber("total").longValue()).isZero();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String grant = Api.post("/api/v1/review-grants", admin, grantJson("rrn.reviewer", today, today.plusDays(5)))
                .object().getString("id");
        assertThat(awaitResults(word, reviewPurpose, reviewer, 4).getJsonNumber("total").longValue()).isEqualTo(4);
        Api.delete("/api/v1/review-grants/" + grant, admin);
        assertThat(Api.get(searchPath(word, reviewPurpose), reviewer).object().getJsonNumber("total").longValue())
                .as("revoked: gone at the next request").isZero();
    }

    /**
     * A crash between commit and indexing, simulated on PostgreSQL: a change and its outbox row committed straight
     * into the database, as if the application had stopped before its indexer ran. The indexer catches up.
     */
    @Test
    void changesCommittedButNotYetIndexedAreCaughtUpFromTheOutbox() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("postgresql".equals(System.getProperty("it.database")),
                "the database is reachable from the test only on PostgreSQL (the H2 file is the server's)");
        var provider = Fixtures.newTenant("Outbox Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String documentId = Fixtures.approvedPolicy(provider, "Observation policy", "Observation");
        String word = Fixtures.uniqueWord();
        try (var db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/rrhub_it", "postgres", "")) {
            db.setAutoCommit(false);
            try (var update = db.prepareStatement("UPDATE document SET title = ? WHERE id = ?");
                 var outbox = db.prepareStatement("INSERT INTO search_outbox (id, tenant_id, item_kind, item_id, "
                         + "created_at) VALUES (?, ?, 'DOCUMENT', ?, CURRENT_TIMESTAMP)")) {
                update.setString(1, "Observation policy " + word);
                update.setString(2, documentId);
                assertThat(update.executeUpdate()).isEqualTo(1);
                outbox.setString(1, java.util.UUID.randomUUID().toString());
                outbox.setString(2, provider.id());
                outbox.setString(3, documentId);
                outbox.executeUpdate();
            }
            db.commit();
        }
        JsonObject found = awaitResults(word, "", admin, 1);
        assertThat(found.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(found.getJsonArray("hits").getJsonObject(0).getString("title")).isEqualTo("Observation policy " + word);
    }

    @Test
    void anIndexDeletedUnderTheRunningApplicationIsNoticedAndRebuiltFromTheDatabase() throws Exception {
        var provider = Fixtures.newTenant("Index Damage Test Trust", "NHS_TRUST");
        String admin = provider.adminToken();
        String word = Fixtures.uniqueWord();
        Fixtures.approvedPolicy(provider, "Restraint policy " + word, "Restraint");
        assertThat(awaitResults(word, "", admin, 1).getJsonNumber("total").longValue()).isEqualTo(1);

        // The index's files disappear under the running application, as a disk fault or an operator's slip would.
        java.nio.file.Path dir = java.nio.file.Path.of(System.getenv("RRHUB_INDEX_DIR"));
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : files.toList()) {
                java.nio.file.Files.delete(file);
            }
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (!hasCommit(dir) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(hasCommit(dir)).as("a new index replaced the deleted one").isTrue();
        JsonObject rebuilt = awaitResults(word, "", admin, 1);
        assertThat(rebuilt.getJsonNumber("total").longValue()).as("found again once rebuilt").isEqualTo(1);
        JsonObject settled = rebuilt;
        while (settled.getBoolean("rebuilding") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            settled = Api.get(searchPath(word, ""), admin).object();
        }
        assertThat(settled.getBoolean("rebuilding")).as("the rebuild has finished").isFalse();
        String demoAdmin = TestKeycloak.token("northfield.admin", "demo-northfield-1");
        assertThat(Api.get(searchPath("restraint", ""), demoAdmin).object().getJsonNumber("total").longValue())
                .as("every organisation's items are back, the demo organisation's too").isPositive();
    }

    private static boolean hasCommit(java.nio.file.Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return false;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        }
    }

    @Test
    void malformedSearchesGetAReadingOrAMessageNeverAnError() {
        String admin = alpha().adminToken();
        for (String typed : java.util.List.of("\"unbalanced quote", "AND OR -", "((", "*", "**", "restr* OR", "~~~",
                "\"\"", "-", "title:secret", "\\", "%00")) {
            var response = Api.get(searchPath(typed, ""), admin);
            assertThat(response.status()).as(typed).isEqualTo(200);
        }
        // Too long for a URL: a client posts it as a form, and gets the first 500 characters searched.
        var longOne = Api.postForm("/api/v1/search", admin, java.util.Map.of("q", "seclusion ".repeat(1_000)));
        assertThat(longOne.status()).as(longOne.toString()).isEqualTo(200);
        assertThat(longOne.object().getString("notice")).contains("shortened");
        assertThat(Api.get(searchPath("*", ""), admin).object().getString("notice")).contains("two letters");
        JsonObject beyond = Api.get(searchPath("", "&page=999"), admin).object();
        assertThat(beyond.getJsonArray("hits")).as("paging beyond the end").isEmpty();
        assertThat(fields(Api.get(searchPath("policy", "&from=31-03-2026"), admin))).containsExactly("from");
        assertThat(Api.get(searchPath("policy", "&kind=NOT_A_KIND&page=-3&sort=sideways"), admin).status())
                .isEqualTo(200);
        assertThat(Api.get("/api/v1/search/items/" + alpha().id() + "/spaceship/1", admin).status()).isEqualTo(404);
    }

    @Test
    void theApiRequiresAValidBearerToken() {
        var anonymous = Api.get("/api/v1/wards", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.object().getInt("status")).isEqualTo(401);

        var forged = Api.get("/api/v1/wards", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void aRealKeycloakTokenCarriesUserTenantAndRoles() {
        ensureTenants();
        var me = Api.get("/api/v1/me", alpha.adminToken());
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.object().getString("tenant")).isEqualTo(alpha.id());
        assertThat(me.object().getJsonArray("roles").getValuesAs(JsonValue::toString)).contains("\"provider-admin\"");
        assertThat(me.object().getString("username")).isEqualTo(alpha.adminUsername());
    }

    @Test
    void integrationClientsActForTheirOwnTenantOnlyUntilRevoked() {
        ensureTenants();
        String alphaWard = addWard(alpha, "Integration Ward");
        String betaWard = addWard(beta, "Beta Integration Ward");

        var created = Api.post("/api/v1/integrations", alpha.adminToken(),
                "{\"name\": \"Incident system export\", \"role\": \"provider-viewer\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String clientId = created.object().getJsonObject("integration").getString("clientId");
        String secret = created.object().getString("clientSecret");
        String integrationId = created.object().getJsonObject("integration").getString("id");

        String token = TestKeycloak.clientCredentialsToken(clientId, secret);
        assertThat(Api.get("/api/v1/me", token).object().getString("tenant")).isEqualTo(alpha.id());
        assertThat(Api.get("/api/v1/wards/" + alphaWard, token).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/wards/" + betaWard, token).status()).isEqualTo(404);
        // A viewer integration reads but neither writes nor administers.
        assertThat(Api.post("/api/v1/wards", token, Fixtures.wardJson("X", "Y", 1)).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/integrations", token).status()).isEqualTo(403);

        // Listed without its secret, to its own organisation only; another tenant cannot revoke it.
        var listed = Api.get("/api/v1/integrations", alpha.adminToken());
        assertThat(listed.body()).contains(clientId).doesNotContain(secret);
        assertThat(Api.get("/api/v1/integrations", beta.adminToken()).body()).doesNotContain(clientId);
        assertThat(Api.delete("/api/v1/integrations/" + integrationId, beta.adminToken()).status()).isEqualTo(404);

        assertThat(Api.delete("/api/v1/integrations/" + integrationId, alpha.adminToken()).status()).isEqualTo(204);
        assertThat(Api.get("/api/v1/integrations", alpha.adminToken()).body()).doesNotContain(clientId);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestKeycloak.clientCredentialsToken(clientId, secret))
                .hasMessageContaining("No token");

        var invalid = Api.post("/api/v1/integrations", alpha.adminToken(), "{\"name\": \"\", \"role\": \"provider-admin\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("name", "role");
    }

    @Test
    void aWrongRoleIsForbiddenAndAudited() {
        ensureTenants();
        var providerOnPlatform = Api.get("/api/v1/tenants", alpha.adminToken());
        assertThat(providerOnPlatform.status()).isEqualTo(403);
        assertThat(providerOnPlatform.header("Content-Type")).startsWith("application/problem+json");

        var platformOnTenantData = Api.get("/api/v1/wards", Fixtures.platformAdminToken());
        assertThat(platformOnTenantData.status()).isEqualTo(403);

        var audit = Api.get("/api/v1/audit?limit=200", Fixtures.platformAdminToken());
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("ACCESS_DENIED"))
                .filter(e -> e.getString("actor").equals(alpha.adminUsername()))
                .map(e -> e.getString("detail")))
                .contains("GET /api/v1/tenants");
    }

    @Test
    void anotherTenantsIdAnswers404AndListsStayApart() {
        ensureTenants();
        String alphaWard = addWard(alpha, "Ash Ward");
        String betaWard = addWard(beta, "Main House");

        var own = Api.get("/api/v1/wards/" + alphaWard, alpha.adminToken());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.object().getString("name")).isEqualTo("Ash Ward");

        var foreign = Api.get("/api/v1/wards/" + alphaWard, beta.adminToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Ash Ward");
        assertThat(Api.get("/api/v1/wards/" + betaWard, alpha.adminToken()).status()).isEqualTo(404);
        assertThat(Api.get("/api/v1/wards/no-such-id", alpha.adminToken()).status()).isEqualTo(404);

        List<String> betaNames = Api.get("/api/v1/wards", beta.adminToken()).array().stream()
                .map(v -> v.asJsonObject().getString("name")).toList();
        assertThat(betaNames).contains("Main House").doesNotContain("Ash Ward");
    }

    @Test
    void provisioningCreatesTheKeycloakOrganizationWithItsFirstAdmin() {
        ensureTenants();
        JsonObject organization = TestKeycloak.organization(alpha.id()).orElseThrow();
        assertThat(organization.getString("name")).isEqualTo(alpha.name());
        assertThat(TestKeycloak.organizationMembers(organization.getString("id")).stream()
                .map(m -> m.asJsonObject().getString("username")))
                .containsExactly(alpha.adminUsername());

        var listed = Api.get("/api/v1/tenants/" + alpha.id(), Fixtures.platformAdminToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(Api.get("/api/v1/tenants/not-a-tenant", Fixtures.platformAdminToken()).status()).isEqualTo(404);
    }

    @Test
    void badTenantInputGetsFieldErrorsAndNothingIsHalfCreated() {
        ensureTenants();
        String admin = Fixtures.platformAdminToken();
        int tenantsBefore = Api.get("/api/v1/tenants", admin).array().size();

        var missing = Api.post("/api/v1/tenants", admin, Fixtures.tenantJson(null, "NHS_TRUST", "x@example.org"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(missing)).containsExactly("name");

        var duplicate = Api.post("/api/v1/tenants", admin,
                Fixtures.tenantJson(alpha.name().toUpperCase(), "NHS_TRUST", "new-lead@example.org"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(fields(duplicate)).containsExactly("name");

        // The admin's email is taken in Keycloak: the organization created first must be removed again.
        String name = "Gamma Test Trust " + System.nanoTime();
        var takenEmail = Api.post("/api/v1/tenants", admin, Fixtures.tenantJson(name, "NHS_TRUST", alpha.adminUsername()));
        assertThat(takenEmail.status()).as(takenEmail.toString()).isEqualTo(400);
        assertThat(fields(takenEmail)).containsExactly("adminEmail");

        var unknownSector = Api.post("/api/v1/tenants", admin, Fixtures.tenantJson(name, "SPACESHIP", "a@b.org"));
        assertThat(fields(unknownSector)).containsExactly("sector");

        var malformed = Api.post("/api/v1/tenants", admin, "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at org.");

        assertThat(Api.get("/api/v1/tenants", admin).array()).hasSize(tenantsBefore);
        String alias = name.toLowerCase().replace(' ', '-');
        assertThat(TestKeycloak.organization(alias)).isEmpty();
    }

    @Test
    void wardInputIsCheckedFieldByField() {
        ensureTenants();
        var invalid = Api.post("/api/v1/wards", alpha.adminToken(), Fixtures.wardJson(" ", null, -3));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("name", "service", "beds");
        var viewerCannotAdd = Api.post("/api/v1/wards", Fixtures.platformAdminToken(), Fixtures.wardJson("X", "Y", 1));
        assertThat(viewerCannotAdd.status()).isEqualTo(403);
    }

    @Test
    void suspendedTenantsStaffAreRefusedUntilReactivated() {
        var gamma = Fixtures.newTenant("Suspension Test Trust", "INDEPENDENT_PROVIDER");
        String staff = gamma.adminToken();
        String admin = Fixtures.platformAdminToken();
        assertThat(Api.get("/api/v1/wards", staff).status()).isEqualTo(200);

        assertThat(Api.put("/api/v1/tenants/" + gamma.id() + "/suspension", admin).object().getString("status"))
                .isEqualTo("SUSPENDED");
        var refused = Api.get("/api/v1/wards", staff);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.object().getString("detail")).contains("suspended");

        assertThat(Api.delete("/api/v1/tenants/" + gamma.id() + "/suspension", admin).status()).isEqualTo(200);
        assertThat(Api.get("/api/v1/wards", staff).status()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndNoServerBanner() {
        for (String path : List.of("/", "/no-such-page", "/assets/rrhub.css", "/api/v1/me")) {
            var response = Api.get(path, null);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isNotBlank();
            assertThat(response.header("X-Powered-By")).as(path).isNull();
            assertThat(String.valueOf(response.header("Server"))).as(path).doesNotContainIgnoringCase("payara");
        }
        var notFound = Api.get("/no-such-page", null);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void pageFormsWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        String admin = Fixtures.platformAdminToken();
        int before = Api.get("/api/v1/tenants", admin).array().size();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.base() + "/platform/tenants"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "name=Forged+Trust&sector=NHS_TRUST&adminEmail=f%40example.org&adminFirstName=F&adminLastName=G"))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form has expired");
        assertThat(Api.get("/api/v1/tenants", admin).array()).hasSize(before);
    }

    @Test
    void healthReportsTheDatabaseAndKeycloak() {
        var health = Api.get("/health/ready", null);
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.object().getJsonArray("checks").stream().map(c -> c.asJsonObject().getString("name")))
                .contains("database", "keycloak");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var openapi = Api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/wards").contains("/api/v1/tenants").contains("bearer");
    }

    private static List<String> fields(Api.Response problem) {
        return problem.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
    }
}
