package org.rrhub.web.support;

import org.junit.jupiter.api.Test;
import org.rrhub.core.api.Caller;
import org.rrhub.core.api.Role;
import org.rrhub.core.api.StrategyDomain;
import org.rrhub.core.api.TenantId;
import org.rrhub.documents.api.Approval;
import org.rrhub.documents.api.DocumentDetails;
import org.rrhub.documents.api.DocumentKind;
import org.rrhub.documents.api.DocumentStatus;
import org.rrhub.documents.api.DocumentView;
import org.rrhub.documents.api.ReviewState;
import org.rrhub.documents.api.TextState;
import org.rrhub.documents.api.VersionView;
import org.rrhub.incidents.api.ExtractKind;
import org.rrhub.incidents.api.ImportProblem;
import org.rrhub.incidents.api.ImportState;
import org.rrhub.incidents.api.ImportView;
import org.rrhub.search.api.AccessEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branches of pages that only some records or some roles reach: each rendered as it is, so a branch that fails
 * (an expression OGNL cannot read, a link the role may not follow) fails here rather than in front of a user.
 */
class OptionalBranchesTest {

    private final PageRendering pages = new PageRendering();

    private String render(String template, Map<String, Object> extra, Caller caller) {
        return pages.render(template, extra, caller);
    }

    private static Caller staff(Role role) {
        return new Caller("sub-1", "northfield.someone", "Sam", TenantId.of("northfield"), Set.of(role));
    }

    private static DocumentView strategy(Approval approval) {
        var version = new VersionView("v1", 1, "1.0", "strategy.pdf", "application/pdf", 2048, "ab".repeat(32),
                TextState.EXTRACTED, 1200, true, Instant.parse("2026-03-27T09:00:00Z"), "northfield.admin");
        return new DocumentView("d1", new DocumentDetails("Reducing Restrictive Interventions Strategy",
                DocumentKind.BOARD_STRATEGY, "northfield.admin", List.of(StrategyDomain.LEADERSHIP_AND_GOVERNANCE),
                "1.0", LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), DocumentStatus.APPROVED), approval,
                ReviewState.CURRENT, false, 2, Instant.parse("2026-03-27T09:00:00Z"), "northfield.admin",
                List.of(version));
    }

    private Map<String, Object> documentModel(DocumentView document, boolean canEdit) {
        Map<String, Object> model = new HashMap<>();
        model.put("document", document);
        model.put("values", Map.of());
        model.put("errors", FormErrors.none());
        model.put("done", null);
        model.put("canEdit", canEdit);
        model.put("people", Map.of("northfield.admin", "Priya Raman"));
        return model;
    }

    @Test
    void aBoardApprovalWithLivedExperienceShowsHowTheyTookPart() {
        var approval = new Approval(LocalDate.of(2026, 3, 26), "Trust Board", "TB/2026/031", "Director of Nursing",
                "Chair of the Quality Committee", true, "Co-written with two <b>advisors</b>");
        String html = render("document", documentModel(strategy(approval), false), staff(Role.PROVIDER_VIEWER));
        assertThat(html).contains("Yes. Co-written with two &lt;b&gt;advisors&lt;/b&gt;")
                .contains("26 March 2026 by Trust Board, minute TB/2026/031")
                .doesNotContain("/approval\"").doesNotContain("/edit\"");

        var withoutNote = new Approval(LocalDate.of(2026, 3, 26), "Trust Board", "TB/2026/031", "Director",
                "Chair", true, null);
        assertThat(render("document", documentModel(strategy(withoutNote), true), staff(Role.PROVIDER_EDITOR)))
                .contains(">Yes</dd>").doesNotContain("null").contains("action=\"/documents/d1/approval\"");
        var without = new Approval(LocalDate.of(2026, 3, 26), "Trust Board", "TB/2026/031", "Director", "Chair",
                false, null);
        assertThat(render("document", documentModel(strategy(without), true), staff(Role.PROVIDER_ADMIN)))
                .contains(">No</dd>");
        assertThat(render("document", documentModel(strategy(null), true), staff(Role.PROVIDER_ADMIN)))
                .contains("No approval is recorded yet.");
    }

    @Test
    void onlyAdminsAreShownTheWayToReviewAccess() {
        assertThat(render("assessment-reviews", new HashMap<>(Map.of("reviews", List.of(), "canGrantAccess", true)),
                staff(Role.PROVIDER_ADMIN))).contains("href=\"/review-access\"");
        for (Role role : List.of(Role.PROVIDER_EDITOR, Role.PROVIDER_VIEWER)) {
            assertThat(render("assessment-reviews", new HashMap<>(Map.of("reviews", List.of(),
                    "canGrantAccess", false)), staff(role))).as(role.name()).doesNotContain("/review-access")
                    .contains("No review has been shared");
        }
    }

    @Test
    void onlyThoseWhoMayImportAreOfferedAnotherUpload() {
        var stored = new ImportView("i1", ExtractKind.INCIDENTS, "october.csv", ImportState.STORED, 40, 40, 38, 2,
                null, "northfield.editor", Instant.EPOCH, Instant.EPOCH, 0, List.of());
        assertThat(render("incident-import-progress", new HashMap<>(Map.of("upload", stored, "canImport", true)),
                staff(Role.PROVIDER_EDITOR))).contains("href=\"/incidents/import\"").contains("40 rows imported");
        assertThat(render("incident-import-progress", new HashMap<>(Map.of("upload", stored, "canImport", false)),
                staff(Role.PROVIDER_VIEWER))).doesNotContain("/incidents/import").contains("See the incident data");
        var failed = new ImportView("i2", ExtractKind.BED_DAYS, "beds.csv", ImportState.FAILED, 10, 3, 0, 0,
                "The database <was> unavailable", "northfield.editor", Instant.EPOCH, Instant.EPOCH, 0, List.of());
        assertThat(render("incident-import-progress", new HashMap<>(Map.of("upload", failed, "canImport", true)),
                staff(Role.PROVIDER_EDITOR))).contains("The import failed").contains("The database &lt;was&gt;");
    }

    @Test
    void aRefusedImportListsItsProblemsByRowAndColumn() {
        var refused = new ImportView("i3", ExtractKind.INCIDENTS, "nightly.csv", ImportState.REFUSED, 3, 0, 0, 0,
                null, "northfield.editor", Instant.parse("2026-11-02T07:00:00Z"),
                Instant.parse("2026-11-02T07:00:00Z"), 1200, List.of(
                        new ImportProblem(1, "nhs_number", "This column's name says it holds a patient identifier."),
                        new ImportProblem(3, "started_at", "This value is not a real date and time.")));
        String html = render("incident-import-progress", new HashMap<>(Map.of("upload", refused, "canImport", false)),
                staff(Role.PROVIDER_VIEWER));
        assertThat(html).contains("The file was refused").contains("1200 problems were found")
                .contains("The first 1,000 problems are listed").contains("nhs_number").contains("started_at")
                .contains("This value is not a real date and time.").contains("2 November 2026 07:00")
                .doesNotContain("rows imported").doesNotContain("/incidents/import\"");

        var listed = new ImportView("i3", ExtractKind.INCIDENTS, "nightly.csv", ImportState.REFUSED, 3, 0, 0, 0,
                null, "northfield.editor", Instant.EPOCH, Instant.EPOCH, 2, null);
        Map<String, Object> model = new HashMap<>();
        model.put("values", Map.of("kind", "incidents"));
        model.put("errors", FormErrors.none());
        model.put("kinds", ExtractKind.values());
        model.put("formats", List.of());
        model.put("problems", List.of(new ImportProblem(3, "started_at", "'14/03/26' is not a real date and time.")));
        model.put("problemsTruncated", false);
        model.put("refusedImportId", "i3");
        model.put("recent", List.of(listed));
        assertThat(render("incident-import", model, staff(Role.PROVIDER_EDITOR)))
                .contains("href=\"/incidents/imports/i3\" id=\"refused-import\"")
                .contains("Refused: nothing was stored");
    }

    @Test
    void theAccessLogNamesOnlyTheReadersOwnOrganisation() {
        var wide = new AccessEntry(2, Instant.parse("2026-11-25T10:00:00Z"), "cqc.inspector", "cqc-inspector",
                "INS-2026-17", "search", "seclusion", List.of("northfield"), 12, null, "h2");
        var own = new AccessEntry(1, Instant.parse("2026-11-25T09:00:00Z"), "cqc.inspector", "cqc-inspector",
                "INS-2026-17", "open", "", List.of("northfield"), 0, "DOCUMENT d3", "h1");
        var single = new AccessEntry(3, Instant.parse("2026-11-25T11:00:00Z"), "rrn.reviewer", "rrn-reviewer",
                "review", "export", "prone", List.of("northfield"), 1, null, "h3");
        String html = render("search-access-log", new HashMap<>(Map.of("entries", List.of(single, wide, own),
                "intact", true)), staff(Role.PROVIDER_ADMIN));
        assertThat(html).contains("Yours and 12 other organisations").contains("Your organisation only")
                .contains("Yours and 1 other organisation<").contains("Opened DOCUMENT d3")
                .contains("Log intact");
    }
}
