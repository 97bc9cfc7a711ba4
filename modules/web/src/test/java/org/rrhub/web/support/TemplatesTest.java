package org.rrhub.web.support;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.InvalidInputException;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.tenants.api.Registration;
import org.rrhub.tenants.api.Sector;
import org.rrhub.tenants.api.TenantStatus;
import org.rrhub.tenants.api.TenantSummary;
import org.rrhub.tenants.api.WardView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page template renders with a realistic model, escapes what people typed, and shows field errors. */
class TemplatesTest {

    private final PageRendering pages = new PageRendering();
    private static final TenantSummary NORTHFIELD = new TenantSummary(TenantId.of("northfield"),
            "Northfield <b>Trust</b>", Sector.NHS_TRUST, TenantStatus.ACTIVE, Instant.parse("2026-01-01T00:00:00Z"));

    private String render(String template, Map<String, Object> extra, Caller caller) {
        return pages.render(template, extra, caller);
    }

    private static Caller provider() {
        return new Caller("sub-1", "northfield.admin", "Priya Raman", TenantId.of("northfield"),
                Set.of(Role.PROVIDER_ADMIN));
    }

    @Test
    void theStartPageOffersSignInToVisitors() {
        String html = render("home", Map.of(), null);
        assertThat(html).contains("href=\"/auth/login\"").doesNotContain("Sign out");
    }

    @Test
    void theDashboardEscapesWhatPeopleTyped() {
        Map<String, Object> model = new HashMap<>();
        model.put("tenant", NORTHFIELD);
        model.put("wards", List.of(new WardView("w1", "Ash <script>alert(1)</script>", "Adult acute", 18)));
        model.put("canManageWards", true);
        model.put("latestPlan", null);
        model.put("reviewer", false);
        model.put("reviewsDue", List.of(new org.rrhub.documents.api.DocumentView("d1",
                new org.rrhub.documents.api.DocumentDetails("Seclusion <script>x()</script> policy",
                        org.rrhub.documents.api.DocumentKind.POLICY, "northfield.admin", List.of(), null, null,
                        java.time.LocalDate.of(2026, 10, 31), org.rrhub.documents.api.DocumentStatus.APPROVED),
                null, org.rrhub.documents.api.ReviewState.OVERDUE, false, 1, java.time.Instant.EPOCH, "someone",
                List.of())));
        model.put("assessmentFramework", FRAMEWORK);
        model.put("assessmentYear", 2026);
        model.put("assessment", new org.rrhub.compliance.api.Assessment("nms-test", 2026, List.of(), List.of(),
                List.of(), List.of()));
        model.put("assessmentGaps", 0L);
        model.put("reviewsAwaiting", List.of(sampleReview(org.rrhub.compliance.api.ReviewState.SHARED)));
        String html = render("dashboard", model, provider());
        assertThat(html).contains("0 of 1 statements answered").contains("href=\"/assessment/nms-test/2026/gaps\"")
                .contains("href=\"/assessment-reviews/r1\"").contains("by peer&lt;b&gt;reviewer");
        assertThat(html).contains("Ash &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("Northfield &lt;b&gt;Trust&lt;/b&gt;")
                .contains("name=\"_csrf\" value=\"token-123\"")
                .contains("href=\"/domains/leadership-and-governance\"")
                .contains("Seclusion &lt;script&gt;x()&lt;/script&gt; policy").contains("Review overdue");
    }

    private static final org.rrhub.compliance.api.Framework FRAMEWORK = new org.rrhub.compliance.api.Framework(
            "nms-test", "National Minimum Standards", "2019", List.of(new org.rrhub.compliance.api.Section("1",
            "Board level", List.of(new org.rrhub.compliance.api.Subsection("1.15", "Audit", "", List.of(
            new org.rrhub.compliance.api.Statement("1.15.II", "Not applicable statements have a rationale.",
                    List.of(StrategyDomain.CONTINUOUS_IMPROVEMENT))))))));

    private static org.rrhub.compliance.api.ReviewView sampleReview(org.rrhub.compliance.api.ReviewState state) {
        var finding = new org.rrhub.compliance.api.FindingView("f1", "1.15.II",
                org.rrhub.compliance.api.Verdict.DISAGREE, "No <i>rationale</i> recorded", Instant.EPOCH,
                "peer<b>reviewer", null, null, null, true);
        return new org.rrhub.compliance.api.ReviewView("r1", "northfield", "nms-test", 2026, "peer<b>reviewer",
                state, "Strong <script>board</script> assurance", List.of(finding), List.of(
                new org.rrhub.compliance.api.ReviewEventView(Instant.EPOCH, "peer<b>reviewer", "Shared")),
                Instant.EPOCH, Instant.EPOCH, 4);
    }

    @Test
    void theProviderAnswersAFindingAndARefusedAnswerIsShownAtItsFinding() {
        Map<String, Object> model = new HashMap<>();
        model.put("review", sampleReview(org.rrhub.compliance.api.ReviewState.SHARED));
        model.put("framework", FRAMEWORK);
        model.put("statements", Map.of("1.15.II", FRAMEWORK.statements().get(0)));
        model.put("failedFor", "f1");
        model.put("typed", "  ");
        model.put("errors", FormErrors.of(InvalidInputException.of("answer", "Write your answer to the finding")));
        model.put("done", null);
        model.put("canAnswer", true);
        model.put("canRespond", true);
        String html = render("assessment-review", model, provider());
        assertThat(html).contains("href=\"#answer-f1\"").contains("id=\"answer-error-f1\"")
                .contains("Write your answer to the finding").contains("action=\"/assessment-reviews/r1/findings/f1\"")
                .contains("action=\"/assessment-reviews/r1/response\"").contains("1 disagreements still need an answer")
                .contains("Strong &lt;script&gt;board&lt;/script&gt; assurance").doesNotContain("<script>board");
        model.put("canRespond", false);
        model.put("canAnswer", false);
        model.put("errors", FormErrors.none());
        model.put("failedFor", null);
        assertThat(render("assessment-review", model, provider())).as("viewers read without forms")
                .doesNotContain("/findings/f1\"").doesNotContain("/response\"");
    }

    @Test
    void searchResultsShowEscapedTitlesMarkedSnippetsFacetLinksAndTheIndexedCopyForOtherOrganisations() {
        var hit = new org.rrhub.search.api.SearchHit(org.rrhub.search.api.ItemKind.DOCUMENT, "d1", "northfield",
                "Northfield <b>Trust</b>", "Seclusion <script>policy</script>", java.time.LocalDate.of(2026, 3, 1),
                "Seclusion is &lt;ended&gt; <mark>early</mark>", "/search/items/northfield/document/d1");
        var facets = List.of(new org.rrhub.search.api.FacetGroup(org.rrhub.search.api.Facet.KIND, List.of(
                new org.rrhub.search.api.FacetCount("DOCUMENT", "Document", 1, false))));
        var results = new org.rrhub.search.api.SearchResults("seclusion", 41, 0, 20, List.of(hit), facets, null, false);
        SearchForm form = SearchForm.of(Map.of("q", List.of("seclusion"), "purpose", List.of("INS 1")));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("links", form);
        model.put("results", results);
        model.put("purposeRequired", true);
        model.put("errors", FormErrors.none());
        String html = render("search", model, new Caller("s9", "cqc.inspector", "Ines", null,
                Set.of(Role.CQC_INSPECTOR)));
        assertThat(html).contains("id=\"result-count\">41 results").contains("Seclusion &lt;script&gt;policy")
                .contains("<mark>early</mark>").contains("&lt;ended&gt;").doesNotContain("<script>policy")
                .containsPattern("href=\"/search\\?[^\"]*kind=DOCUMENT\"").containsPattern("href=\"/search\\?[^\"]*page=2\"")
                .contains("/search/items/northfield/document/d1?purpose=INS+1&amp;back=").contains("Page 1 of 3")
                .contains("value=\"INS 1\"");
    }

    @Test
    void anIndexedCopyShowsItsTextEscaped() {
        var item = new org.rrhub.search.api.IndexedItem(org.rrhub.search.api.ItemKind.DOCUMENT, "d1", "northfield",
                "Northfield", "PBS <policy>", java.time.LocalDate.of(2026, 3, 1), "Every person has a <b>PBS</b> plan");
        String html = render("search-item", Map.of("item", item, "back", "/search?q=pbs"), new Caller("s9",
                "cqc.inspector", "Ines", null, Set.of(Role.CQC_INSPECTOR)));
        assertThat(html).contains("id=\"item-text\">Every person has a &lt;b&gt;PBS&lt;/b&gt; plan")
                .contains("href=\"/search?q=pbs\"").contains("PBS &lt;policy&gt;");
    }

    @Test
    void aRefusedFormShowsEachMessageNextToItsFieldAndKeepsWhatWasTyped() {
        var errors = FormErrors.of(InvalidInputException.of("name", "Enter the organisation's name"));
        Map<String, Object> form = new HashMap<>();
        form.put("name", "");
        form.put("adminEmail", "typed@example.org");
        String html = render("tenant-form", Map.of("form", form, "errors", errors, "sectors", List.of(Sector.values())),
                new Caller("sub-2", "platform.admin", "Pat", null, Set.of(Role.PLATFORM_ADMIN)));
        assertThat(html).contains("govuk-error-summary").contains("href=\"#name\"")
                .contains("id=\"name-error\"").contains("aria-describedby=\"name-hint name-error\"")
                .contains("value=\"typed@example.org\"");
    }

    @Test
    void platformPagesRender() {
        var admin = new Caller("sub-2", "platform.admin", "Pat", null, Set.of(Role.PLATFORM_ADMIN));
        assertThat(render("tenants", Map.of("tenants", List.of(NORTHFIELD)), admin))
                .contains("action=\"/platform/tenants/northfield/suspend\"");
        assertThat(render("tenant-created", Map.of("registration",
                new Registration(NORTHFIELD, "lead@northfield.example", "abcDEF234ghjkLMN")), admin))
                .contains("abcDEF234ghjkLMN");
    }

    @Test
    void integrationPagesShowTheSecretOnlyOnCreation() {
        var view = new org.rrhub.tenants.api.IntegrationView("i1", "Datix <export>", "rrhub-int-northfield-1a2b3c4d",
                "provider-viewer", Instant.parse("2026-11-25T10:00:00Z"), "northfield.admin");
        Map<String, Object> model = new HashMap<>();
        model.put("integrations", List.of(view));
        model.put("form", Map.of());
        model.put("errors", FormErrors.none());
        assertThat(render("integrations", model, provider()))
                .contains("Datix &lt;export&gt;").contains("Read only").contains("25 November 2026")
                .contains("action=\"/integrations/i1/revoke\"");
        assertThat(render("integration-created", Map.of("created",
                new org.rrhub.tenants.api.IntegrationCredentials(view, "s3cr3t-value"),
                "tokenEndpoint", "http://127.0.0.1:8180/realms/rrhub/protocol/openid-connect/token"), provider()))
                .contains("s3cr3t-value").contains("rrhub-int-northfield-1a2b3c4d");
    }

    private static org.rrhub.pledge.api.PlanView samplePlan(org.rrhub.pledge.api.PlanStatus status) {
        var content = new org.rrhub.pledge.api.PlanContent("Northfield", "NHS trust", "Priya <b>Raman</b>",
                "lead@northfield.example", java.time.LocalDate.of(2026, 4, 10),
                List.of(new org.rrhub.pledge.api.Priority("End prone <script>x</script>", "None for 6 months")),
                List.of());
        return new org.rrhub.pledge.api.PlanView("p1", java.time.LocalDate.of(2026, 4, 1),
                java.time.LocalDate.of(2027, 3, 31), status, 3, content, null, Instant.parse("2026-05-01T10:00:00Z"),
                "northfield.editor");
    }

    private static Map<StrategyDomain, List<org.rrhub.pledge.api.PlanForm.Field>> domainFields() {
        Map<StrategyDomain, List<org.rrhub.pledge.api.PlanForm.Field>> map = new java.util.EnumMap<>(StrategyDomain.class);
        for (StrategyDomain d : StrategyDomain.values()) {
            map.put(d, org.rrhub.pledge.api.PlanForm.of(d));
        }
        return map;
    }

    @Test
    void planPagesShowTheFormsContentEscapedWithLifecycleActions() {
        var plan = samplePlan(org.rrhub.pledge.api.PlanStatus.DRAFT);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("errors", FormErrors.of(InvalidInputException.of("priority2", "Enter priority 2")));
        model.put("done", null);
        model.put("general", org.rrhub.pledge.api.PlanForm.general());
        model.put("domainFields", domainFields());
        model.put("canEdit", true);
        model.put("canSubmit", true);
        assertThat(render("plan", model, provider()))
                .contains("End prone &lt;script&gt;x&lt;/script&gt;").contains("Priya &lt;b&gt;Raman&lt;/b&gt;")
                .contains("href=\"/plan/p1/edit#priority2\"").contains("action=\"/plan/p1/submission\"")
                .contains("name=\"version\" value=\"3\"").contains("Strategy 6: Continuous improvement");

        Map<String, String> values = new HashMap<>();
        values.put("reductionLead", "Typed <i>lead</i>");
        values.put("planDate-day", "10");
        var conflict = new org.rrhub.pledge.api.PlanConflictException(plan, List.of(
                new org.rrhub.pledge.api.FieldChange("reductionLead", "Restraint reduction lead", "A", "Tom Hale")));
        Map<String, Object> form = new HashMap<>();
        form.put("plan", plan);
        form.put("values", values);
        form.put("version", 3L);
        form.put("errors", FormErrors.none());
        form.put("conflict", conflict);
        form.put("general", org.rrhub.pledge.api.PlanForm.general());
        form.put("domainFields", domainFields());
        assertThat(render("plan-form", form, provider()))
                .contains("Somebody else changed this plan").contains("Tom Hale")
                .contains("value=\"Typed &lt;i&gt;lead&lt;/i&gt;\"").contains("id=\"planDate-day\"")
                .contains("id=\"continuous-improvement-next\"").contains(StrategyDomain.CONTINUOUS_IMPROVEMENT.guidance());

        assertThat(render("plan-cycles", Map.of("plans", List.of(plan), "form", Map.of(), "errors", FormErrors.none(),
                "canEdit", true), provider())).contains("1 April 2026 to 31 March 2027").contains("cycleStart-year");
        var revision = new org.rrhub.pledge.api.RevisionView(2, Instant.parse("2026-05-01T10:00:00Z"),
                "northfield.editor", org.rrhub.pledge.api.PlanStatus.DRAFT, "Edited",
                List.of(new org.rrhub.pledge.api.FieldChange("priority1", "Priority 1", "", "End <prone>")),
                plan.content());
        assertThat(render("plan-revisions", Map.of("plan", plan, "revisions", List.of(revision)), provider()))
                .contains("Revision 2: Edited").contains("End &lt;prone&gt;");
    }

    @Test
    void theIncidentPageEscapesWardNamesInItsChartsAndTablesAndShowsSuppressedGroups() {
        String ward = "Oak <script>alert(1)</script> & Co";
        Page page = IncidentPageModel.insightPage(org.rrhub.web.board.SampleInsights.twoWards(ward),
                Map.of("from", "2026-09", "to", "2026-10", "ward", "", "type", ""), FormErrors.none(), "/incidents",
                null).with("canImport", true).with("canShare", true).with("sharing", true);
        String html = render("incidents", page.model(), provider());

        assertThat(html).doesNotContain("<script>alert(1)</script>")
                .contains("Oak &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .contains("<svg").contains("role=\"img\"")
                // Oak: 3 over 2,000 bed days; Birch: 1 over 1,000.
                .contains("1.50").contains("fewer than 5").contains(org.rrhub.web.board.SampleInsights.NO_BENCHMARK)
                .contains("Stop sharing for the benchmark")
                .contains("/incidents/board-report.pdf?from=2026-09&amp;to=2026-10");
    }

    @Test
    void everyOtherPageRenders() {
        assertThat(render("domain", Map.of("domain", StrategyDomain.CONTINUOUS_IMPROVEMENT), provider()))
                .contains("Strategy 6 of 6");
        assertThat(render("ward-form", Map.of("form", Map.of(), "errors", FormErrors.none()), provider()))
                .contains("action=\"/wards\"");
        Map<String, Object> suspended = new HashMap<>();
        suspended.put("tenant", NORTHFIELD);
        assertThat(render("suspended", suspended, provider())).contains("has been suspended");
        assertThat(render("error", Map.of("message", "Gone"), null)).contains("Gone");
        assertThat(render("forbidden", Map.of(), provider())).contains("do not have access");
        assertThat(render("expired-form", Map.of(), provider())).contains("form has expired");
    }

    @Test
    void theSelfAssessmentShowsEachRollUpWithItsFigureInTextAndABar() {
        var counts = new java.util.EnumMap<org.rrhub.compliance.api.ComplianceStatus, Integer>(
                org.rrhub.compliance.api.ComplianceStatus.class);
        counts.put(org.rrhub.compliance.api.ComplianceStatus.MET, 2);
        counts.put(org.rrhub.compliance.api.ComplianceStatus.NOT_APPLICABLE, 1);
        var rollUp = new org.rrhub.compliance.api.RollUp("1.1", "Strategy <and> policy", 6, counts, 3, 40);
        var framework = new org.rrhub.compliance.api.Framework("nms-2019", "Standards", "2019", List.of());
        var assessment = new org.rrhub.compliance.api.Assessment("nms-2019", 2026, List.of(), List.of(rollUp),
                List.of(rollUp), List.of(rollUp));
        String html = render("assessment", Map.of("framework", framework, "assessment", assessment, "year", 2026,
                "answers", Map.of()), provider());
        assertThat(html).contains("Strategy &lt;and&gt; policy").contains("40%")
                .contains("href=\"/assessment/nms-2019/2026/subsections/1.1\"")
                .contains("class=\"rrhub-bar__fill\"").contains("width=\"40\"")
                .contains("href=\"/assessment/nms-2019/2025\"");
    }
}
